/** A gut tag as a small coloured label, in the UI language. */
import type { GutTag } from '../engine/foods/types';
import { msg } from './i18n';

export function TagChip({ tag, prefix = '' }: { tag: GutTag; prefix?: string }) {
  return (
    <span class={`tag tag-${tag}`}>
      {prefix}
      {msg(`tag_${tag}`)}
    </span>
  );
}

export function gutTags(tags: readonly string[]): GutTag[] {
  return tags.filter((tag): tag is GutTag => tag === 'fiber' || tag === 'prebiotic' || tag === 'probiotic');
}
