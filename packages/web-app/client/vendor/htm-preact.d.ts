// Types for /app/vendor/htm-preact.js: htm's "preact/standalone" build (Preact + hooks + htm in
// one ES module), served by the app from node_modules (see ../../src/index.ts).

/** A rendered element tree (Preact's VNode, kept opaque here). */
export type VNode = { readonly type: unknown; readonly props: unknown };
export function html(strings: TemplateStringsArray, ...values: unknown[]): VNode;
export function render(tree: VNode, parent: Element): void;
export function useState<T>(initial: T | (() => T)): [T, (next: T | ((prev: T) => T)) => void];
export function useEffect(effect: () => void | (() => void), deps?: readonly unknown[]): void;
export function useRef<T>(initial: T): { current: T };
export function useMemo<T>(make: () => T, deps: readonly unknown[]): T;
