/**
 * Text as a reader sees it: HTML entities decoded, markup removed, whitespace collapsed. Used for
 * strings from structured data (which often carry HTML and entities) and for DOM text.
 */

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚',
  bdquo: '„', laquo: '«', raquo: '»', deg: '°', frac12: '½', frac14: '¼', frac34: '¾', frac13: '⅓',
  frac23: '⅔', frac18: '⅛', frac38: '⅜', frac58: '⅝', frac78: '⅞', frac15: '⅕', frac16: '⅙',
  times: '×', divide: '÷', middot: '·', bull: '•', copy: '©', reg: '®', trade: '™', euro: '€',
  pound: '£', cent: '¢', yen: '¥', sect: '§', para: '¶', micro: 'µ', plusmn: '±', shy: '',
  zwj: '', zwnj: '', iexcl: '¡', iquest: '¿', ordf: 'ª', ordm: 'º', sup1: '¹', sup2: '²', sup3: '³',
  agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', auml: 'ä', aring: 'å', aelig: 'æ', ccedil: 'ç',
  egrave: 'è', eacute: 'é', ecirc: 'ê', euml: 'ë', igrave: 'ì', iacute: 'í', icirc: 'î', iuml: 'ï',
  ntilde: 'ñ', ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ', ouml: 'ö', oslash: 'ø', ugrave: 'ù',
  uacute: 'ú', ucirc: 'û', uuml: 'ü', yacute: 'ý', yuml: 'ÿ', szlig: 'ß', oelig: 'œ',
  Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Auml: 'Ä', Aring: 'Å', AElig: 'Æ', Ccedil: 'Ç',
  Egrave: 'È', Eacute: 'É', Ecirc: 'Ê', Euml: 'Ë', Igrave: 'Ì', Iacute: 'Í', Icirc: 'Î', Iuml: 'Ï',
  Ntilde: 'Ñ', Ograve: 'Ò', Oacute: 'Ó', Ocirc: 'Ô', Otilde: 'Õ', Ouml: 'Ö', Oslash: 'Ø', Ugrave: 'Ù',
  Uacute: 'Ú', Ucirc: 'Û', Uuml: 'Ü', Yacute: 'Ý', OElig: 'Œ', frasl: '⁄', minus: '−', prime: '′',
  Prime: '″',
};

function fromCodePoint(code: number): string {
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(code);
}

/** Decode HTML character references once. Unknown names stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const hex = ref[1] === 'x' || ref[1] === 'X';
      return fromCodePoint(parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10));
    }
    return NAMED[ref] ?? whole;
  });
}

/** Collapse runs of whitespace (including no-break and zero-width spaces) to one space, trimmed. */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\u2009\u202f\ufeff]+/g, ' ').trim();
}

/**
 * A string from structured data as a line of text: entities decoded (twice when the page
 * double-escaped them), tags removed, whitespace collapsed.
 */
export function cleanMarkupText(raw: string): string {
  let text = decodeEntities(raw);
  if (/&(#\d+|#x[0-9a-f]+|[a-z]+\d*);/i.test(text)) text = decodeEntities(text);
  if (text.includes('<')) {
    text = text
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(?:br|\/?(?:p|div|li|ul|ol|tr|td|h[1-6]))\b[^<>]*>/gi, ' ')
      .replace(/<\/?[a-zA-Z][^<>]*>/g, '');
  }
  return collapseSpace(text);
}
