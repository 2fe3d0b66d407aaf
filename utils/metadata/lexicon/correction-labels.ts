import type { CORRECTION_KINDS } from '../../versions/correction-kinds';
import type { Lang } from './languages';

/** What a note appended to a story says of it. */
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

/**
 * The labels a newsroom starts an appended note with, by language, lower-case: followed by a colon or a
 * dash ("Correction: …", "Mise à jour — …"), optionally with a date in brackets ("Update (May 3): …").
 * A space stands for any white space; an apostrophe matches both ' and ’.
 */
export const CORRECTION_LABELS: Readonly<
  Partial<Record<Lang, Readonly<Record<CorrectionKind, readonly string[]>>>>
> = {
  da: { correction: ['rettelse'], update: ['opdateret', 'opdatering'], note: ['redaktionel note'] },
  de: {
    correction: ['berichtigung', 'korrektur', 'korrekturhinweis'],
    update: ['aktualisierung', 'nachtrag', 'update'],
    note: ['anmerkung der redaktion', 'hinweis der redaktion'],
  },
  en: {
    correction: ['clarification', 'correction', 'corrections'],
    update: ['update', 'updated'],
    note: ["editor's note", "editors' note"],
  },
  es: {
    correction: ['corrección', 'fe de erratas', 'rectificación'],
    update: ['actualización', 'actualizado'],
    note: ['nota de la redacción', 'nota del editor'],
  },
  fr: {
    correction: ['correctif', 'correction', 'erratum', 'rectificatif'],
    update: ['mise à jour'],
    note: ['note de la rédaction'],
  },
  it: {
    correction: ['correzione', 'rettifica'],
    update: ['aggiornamento'],
    note: ['nota della redazione'],
  },
  nl: { correction: ['correctie', 'rectificatie'], update: ['update'], note: ['noot van de redactie'] },
  no: { correction: ['rettelse'], update: ['oppdatering', 'oppdatert'], note: [] },
  pl: { correction: ['korekta', 'sprostowanie'], update: ['aktualizacja'], note: ['od redakcji'] },
  pt: {
    correction: ['correção', 'errata'],
    update: ['atualizado', 'atualização'],
    note: ['nota da redação', 'nota do editor'],
  },
  sv: { correction: ['rättelse'], update: ['uppdaterad', 'uppdatering'], note: [] },
};

/**
 * How a note that needs no label begins: the sentence newsrooms open it with ("An earlier version of this
 * article…", "Dieser Artikel wurde aktualisiert…"), by language and kind. Matched at a paragraph's start.
 */
export const CORRECTION_OPENINGS: Readonly<
  Partial<Record<Lang, Readonly<Partial<Record<CorrectionKind, readonly string[]>>>>>
> = {
  de: {
    correction: ['dieser artikel wurde korrigiert', 'in einer früheren version'],
    update: ['dieser artikel wurde aktualisiert'],
  },
  en: {
    correction: [
      'a previous version of this',
      'an earlier version of this',
      'this article has been amended',
      'this article has been corrected',
      'this article was amended',
      'this article was corrected',
      'this story has been corrected',
      'this story was corrected',
    ],
    update: [
      'this article has been updated',
      'this article was updated',
      'this story has been updated',
      'this story was updated',
    ],
  },
  es: {
    correction: ['este artículo fue corregido', 'este artículo ha sido corregido', 'una versión anterior de'],
    update: ['este artículo fue actualizado', 'este artículo ha sido actualizado'],
  },
  fr: {
    correction: ['cet article a été corrigé', 'une précédente version de', 'une version précédente de'],
    update: ['cet article a été mis à jour'],
  },
  it: {
    correction: ['questo articolo è stato corretto', 'una versione precedente di'],
    update: ['questo articolo è stato aggiornato'],
  },
  nl: {
    correction: ['dit artikel is gecorrigeerd', 'in een eerdere versie'],
    update: ['dit artikel is bijgewerkt'],
  },
  pt: {
    correction: ['este artigo foi corrigido', 'uma versão anterior de'],
    update: ['este artigo foi atualizado'],
  },
  sv: { correction: ['i en tidigare version'] },
};
