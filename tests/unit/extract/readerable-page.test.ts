import { isProbablyReaderable } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { measureDocument, topLevelElements } from '../../../utils/extract/bound-document';
import { emptyLandmarks } from '../../../utils/extract/page-landmarks';
import { probablyReaderable } from '../../../utils/extract/readerable-page';

const long = 'Sentence after sentence of article text. '.repeat(12);
const parse = (body: string) => parseHTML(`<html><body>${body}</body></html>`).document;

describe('probablyReaderable', () => {
  it('answers as isProbablyReaderable does, from the lists the page walk noted', () => {
    const pages = [
      `<p>${long}</p><p>${long}</p><pre>${long}</pre>`,
      `<div>${long}<br>${long}<br></div><div>${long}<br></div>`,
      `<ul><li><p>${long}</p></li></ul><p class="sidebar">${long}</p>`,
      `<template><p>${long}</p><p>${long}</p></template><p>short</p>`,
      '<p>short</p>',
    ];
    for (const body of pages) {
      const doc = parse(body);
      const landmarks = emptyLandmarks();
      measureDocument(topLevelElements(doc), landmarks);
      expect(landmarks.readerable.blocks).toEqual(Array.from(doc.querySelectorAll('p, pre, article')));
      expect(landmarks.readerable.divBreaks).toEqual(Array.from(doc.querySelectorAll('div > br')));
      expect(probablyReaderable(doc, landmarks.readerable)).toBe(isProbablyReaderable(doc));
    }
  });
});
