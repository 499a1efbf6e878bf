// Types of the embed module `pkg/article-card.js` (see src/web/embed.js).
import type { Card, CardHandle, Options } from "./article_card.js";
export type { Card, Options, Selection, LabelName, Section } from "./article_card.js";

/** Loads the module once; every call returns the same promise. */
export default function init(input?: { module_or_path: RequestInfo | URL | BufferSource | WebAssembly.Module }): Promise<unknown>;

/** The card data of an article; throws until `init()` has resolved. */
export function analyze(input: string | Element | Card, options?: Options): Card;

/** The handle `render` returns: `ready` resolves once the card is drawn. */
export interface Handle {
  readonly data: Card | null;
  update(input: string | Element | Card, options?: Options): void;
  destroy(): void;
  /** Only on handles made before the module was ready. */
  ready?: Promise<Handle>;
}

/** Draws a card into `target`; before `init()` resolved, draws once the module is ready. */
export function render(input: string | Element | Card, target: Element | string, options?: Options): Handle | CardHandle;

/** Draws a card into every `[data-article-card]` element under `root` not done yet. */
export function mount(root?: ParentNode): Handle[];

/** Removes the card auto-mounted into `el`. */
export function unmount(el: Element): void;
