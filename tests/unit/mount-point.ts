import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

/** Hands each test a fresh element in the document to render into (through `use`); unmounted and removed after it. */
export function freshMountPoint(use: (element: HTMLElement) => void): void {
  let element: HTMLElement;
  beforeEach(() => {
    element = document.createElement('div');
    document.body.append(element);
    use(element);
  });
  afterEach(() => {
    render(null, element);
    element.remove();
  });
}
