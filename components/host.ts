/** The site a page URL belongs to, as the content script names it (`location.hostname`), for web pages only. */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname || undefined : undefined;
  } catch {
    return undefined;
  }
}
