/** The content script's UI messages in English (`$1`… for substitutions), made at build time by cli/vite-content-messages.ts. */
declare module 'virtual:gut-lens/content-messages' {
  const messages: Record<string, string>;
  export default messages;
}
