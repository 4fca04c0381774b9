/** The content script's UI messages by language (`$1`… for substitutions), made at build time by cli/vite-content-messages.ts. */
declare module 'virtual:gut-lens/content-messages' {
  const messages: Record<string, Record<string, string>>;
  export default messages;
}
