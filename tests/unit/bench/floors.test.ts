import { describe, expect, it } from 'vitest';
import { dropsBelow, raiseFloors } from '../../../scripts/bench/floors';

const floors = { 'x/checking/content-f1': 0.9, 'x/checking/title': 40 };

describe('dropsBelow', () => {
  it('passes figures at or above the floor, and within the tolerance', () => {
    expect(dropsBelow({ 'x/checking/content-f1': 0.8985, 'x/checking/title': 39 }, floors)).toEqual([]);
  });

  it('names each figure that dropped, and each that is missing', () => {
    expect(dropsBelow({ 'x/checking/content-f1': 0.897 }, floors)).toEqual([
      'x/checking/content-f1: 0.897 < floor 0.9',
      'x/checking/title: no figure (floor 40)',
    ]);
    expect(dropsBelow({ 'x/checking/content-f1': 0.9, 'x/checking/title': 38 }, floors)).toEqual([
      'x/checking/title: 38 < floor 40',
    ]);
  });
});

describe('raiseFloors', () => {
  it('raises floors to figures that rose, never lowers one, and adds new figures', () => {
    expect(
      raiseFloors({ 'x/checking/content-f1': 0.95, 'x/checking/title': 30, 'x/tuning/title': 5 }, floors),
    ).toEqual({ 'x/checking/content-f1': 0.95, 'x/checking/title': 40, 'x/tuning/title': 5 });
  });
});
