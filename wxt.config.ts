import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { contentFoods } from './cli/vite-content-foods';
import { quietContentScriptContext } from './cli/vite-quiet-context';
import { contentMessagesPlugin } from './cli/vite-content-messages';

const root = import.meta.dirname ?? process.cwd();

// Gut Lens build configuration. Permissions are kept to what the job needs; the README
// justifies each one.
export default defineConfig({
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'gut-lens@gut-lens.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Desktop Firefox reads data_collection_permissions from 140 (Debian's ESR); Android from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    // The Firefox sources zip holds only what builds the add-on: no screenshots, reports or caches.
    excludeSources: ['artifacts/**', 'docs/**', '.cache/**', 'notes/**', '**/*.png'],
  },
  vite: () => ({
    plugins: [preact(), contentFoods(root), contentMessagesPlugin(root), quietContentScriptContext()],
    // ES2022 keeps /\p{L}/u literals as literals; GUT_LENS_NO_MINIFY=1 keeps names, for profiling.
    build: { target: 'es2022', ...(process.env.GUT_LENS_NO_MINIFY ? { minify: false } : {}), ...(process.env.GUT_LENS_SOURCEMAP ? { sourcemap: true } : {}) },
  }),
});
