/**
 * Elements the grocery reader looks up by selector — the main heading, breadcrumbs, the meta
 * description, microdata products — noted by the walk over a saved page (page-scan-walk.ts) on
 * its way, so that a DOM written in JavaScript is not walked again for each. Without a walk's
 * notes (the content script's native scan), the same selector queries as before.
 */
import { LIMITS } from './limits';
import type { PageScan } from './page-scan';
import type { DomDocument, DomElement } from './types';
import type { WalkAttributes } from './walk-attributes';

export interface PageLandmarks {
  h1: DomElement | null;
  /** The first three breadcrumb trails. */
  crumbs: DomElement[];
  description: DomElement | null;
  /** Microdata products (`[itemtype*="schema.org/Product"]`). */
  products: DomElement[];
}

const MAX_CRUMBS = 3;
const CRUMBS = '[class*="breadcrumb"],[class*="Breadcrumb"],[itemtype*="BreadcrumbList"]';
const PRODUCTS = '[itemtype*="schema.org/Product"]';

export function newLandmarks(): PageLandmarks {
  return { h1: null, crumbs: [], description: null, products: [] };
}

/** One element of a walk, outside `<template>` contents (as selector queries): noted as the queries below would. */
export function noteLandmark(marks: PageLandmarks, el: DomElement, tag: string, a: Readonly<WalkAttributes>): void {
  if (tag === 'H1' && !marks.h1) marks.h1 = el;
  if (tag === 'META' && a.name === 'description' && !marks.description) marks.description = el;
  const cls = a.cls;
  const itemtype = a.itemtype;
  const crumb = (cls !== null && (cls.includes('breadcrumb') || cls.includes('Breadcrumb'))) || (itemtype !== null && itemtype.includes('BreadcrumbList'));
  if (crumb && marks.crumbs.length < MAX_CRUMBS) marks.crumbs.push(el);
  if (itemtype !== null && itemtype.includes('schema.org/Product') && marks.products.length < LIMITS.elements) marks.products.push(el);
}

export function mainHeading(doc: DomDocument, scan: PageScan): DomElement | null {
  return scan.landmarks ? scan.landmarks.h1 : doc.querySelector('h1');
}

export function breadcrumbs(doc: DomDocument, scan: PageScan): ArrayLike<DomElement> {
  return scan.landmarks ? scan.landmarks.crumbs : doc.querySelectorAll(CRUMBS);
}

export function descriptionMeta(doc: DomDocument, scan: PageScan): DomElement | null {
  return scan.landmarks ? scan.landmarks.description : doc.querySelector('meta[name="description"]');
}

export function microdataProducts(doc: DomDocument, scan: PageScan): ArrayLike<DomElement> {
  return scan.landmarks ? scan.landmarks.products : doc.querySelectorAll(PRODUCTS);
}
