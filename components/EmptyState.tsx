/** What the popup says on a page that is neither a recipe nor a grocery page. */
import { msg } from './i18n';

export function EmptyState() {
  return (
    <div class="empty">
      <p class="empty-title">{msg('emptyTitle')}</p>
      <p class="muted">{msg('emptyBody')}</p>
    </div>
  );
}
