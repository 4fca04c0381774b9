/**
 * What the page engine reads off a page. Pure data: the content script and the `analyze`
 * command both produce it from a DOM (the live one, or one parsed from saved HTML).
 */

export type PageKind = 'recipe' | 'grocery' | 'other';

export interface PageReading {
  kind: PageKind;
  /** Short machine-readable reasons for `kind`, e.g. `jsonld:Recipe`, `heading:ingredients`. */
  evidence: string[];
  /** Ingredient lines as the page shows them, in order; empty unless `recipe`. */
  ingredients: string[];
  /** Product titles a shopper sees; empty unless `grocery`. */
  products: string[];
  /** Recipe title and servings when the page says. */
  title?: string;
  servings?: number;
  /** The recipe's steps, when its structured data lists them (used to tell cooked live cultures). */
  instructions?: string[];
}

/**
 * The narrow DOM the page engine needs. A browser `Document`/`Element` and a linkedom one both
 * satisfy it structurally, so the engine never imports a DOM library.
 */
export interface DomNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly parentElement: DomElement | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
}
export interface DomElement extends DomNode {
  readonly tagName: string;
  /** The tag name as written in the markup (lower case for HTML elements). */
  readonly localName: string;
  readonly firstElementChild: DomElement | null;
  readonly nextElementSibling: DomElement | null;
  readonly previousElementSibling: DomElement | null;
  readonly children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  /** The element's attributes; read only where a page keeps data in attributes of unknown name. */
  readonly attributes?: ArrayLike<{ readonly name: string; readonly value: string }>;
  hasAttribute(name: string): boolean;
  /** Attribute reads without a DOM library's extras (linkedom's `getAttribute('class')` builds a token list). */
  hasAttributes(): boolean;
  getAttributeNode(name: string): { readonly value: string } | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}
/** A walk over a subtree's elements in document order, its root excluded (`NodeFilter.SHOW_ELEMENT`). */
export interface DomTreeWalker {
  nextNode(): DomNode | null;
}
export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  readonly title: string;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  createTreeWalker(root: DomElement, whatToShow?: number): DomTreeWalker;
}
