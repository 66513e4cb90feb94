import { describe, expect, it } from 'vitest';
import { isListNavigationKey, nextListIndex } from './listNavigation';

describe('nextListIndex', () => {
  it('given an empty list / should highlight nothing', () => {
    expect(nextListIndex('ArrowDown', -1, 0)).toBe(-1);
    expect(nextListIndex('End', 3, 0)).toBe(-1);
  });

  it('given nothing highlighted / should start at the top going down and at the bottom going up', () => {
    expect(nextListIndex('ArrowDown', -1, 5)).toBe(0);
    expect(nextListIndex('ArrowUp', -1, 5)).toBe(4);
    expect(nextListIndex('PageDown', -1, 50)).toBe(9);
    expect(nextListIndex('PageUp', -1, 50)).toBe(40);
  });

  it('should move one step with the arrows and wrap at the ends', () => {
    expect(nextListIndex('ArrowDown', 1, 5)).toBe(2);
    expect(nextListIndex('ArrowUp', 1, 5)).toBe(0);
    expect(nextListIndex('ArrowDown', 4, 5)).toBe(0);
    expect(nextListIndex('ArrowUp', 0, 5)).toBe(4);
  });

  it('given wrap off / should stop at the ends', () => {
    expect(nextListIndex('ArrowDown', 4, 5, { wrap: false })).toBe(4);
    expect(nextListIndex('ArrowUp', 0, 5, { wrap: false })).toBe(0);
  });

  it('should jump to the first and last option with Home and End', () => {
    expect(nextListIndex('Home', 3, 5)).toBe(0);
    expect(nextListIndex('End', 1, 5)).toBe(4);
  });

  it('should move a page with PageDown and PageUp without passing the ends', () => {
    expect(nextListIndex('PageDown', 3, 50)).toBe(13);
    expect(nextListIndex('PageDown', 45, 50)).toBe(49);
    expect(nextListIndex('PageUp', 13, 50)).toBe(3);
    expect(nextListIndex('PageUp', 4, 50)).toBe(0);
    expect(nextListIndex('PageDown', 0, 50, { pageSize: 5 })).toBe(5);
  });

  it('given a highlight past the end of a list that shrank / should continue from the last option', () => {
    expect(nextListIndex('ArrowUp', 8, 3)).toBe(1);
  });
});

describe('isListNavigationKey', () => {
  it('should accept the movement keys only', () => {
    expect(isListNavigationKey('PageDown')).toBe(true);
    expect(isListNavigationKey('Enter')).toBe(false);
    expect(isListNavigationKey('a')).toBe(false);
  });
});
