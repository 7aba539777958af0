// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { focusLost, rovingIndex } from '../../../components/keyboard-focus';

describe('rovingIndex', () => {
  it.each([
    ['ArrowDown', 0, 3, 1],
    ['ArrowDown', 2, 3, 2],
    ['ArrowUp', 1, 3, 0],
    ['ArrowUp', 0, 3, 0],
    ['ArrowUp', -1, 3, 0],
    ['Home', 2, 3, 0],
    ['End', 0, 3, 2],
    ['Tab', 0, 3, undefined],
    ['Enter', 1, 3, undefined],
  ] as const)('%s from %i of %i → %s', (key, index, count, expected) => {
    expect(rovingIndex(key, index, count)).toBe(expected);
  });
});

describe('focusLost', () => {
  it('is lost on the body, not on an element the user focused', () => {
    const button = document.createElement('button');
    document.body.append(button);
    (document.activeElement as HTMLElement | null)?.blur();
    expect(focusLost()).toBe(true);
    button.focus();
    expect(focusLost()).toBe(false);
    button.remove();
    expect(focusLost()).toBe(true);
  });
});
