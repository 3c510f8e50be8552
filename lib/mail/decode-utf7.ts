// UTF-7 (RFC 2152), which some Outlook installations still send ("charset=utf-7"): ASCII text where any
// other character, and often ">" and "@" too, is written as "+<modified base64 of UTF-16BE>-". mailparser's
// charset layer refuses UTF-7 on purpose (in HTML it can smuggle markup past filters); patchdeck only ever
// shows mail as text, and undecoded the replies lose their "> " quoting ("+AD4- ...").

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < BASE64.length; i++) VALUE[BASE64.charCodeAt(i)] = i;

/** `text` decoded from UTF-7. Malformed shifts decode as far as their bits go; nothing throws. */
export function decodeUtf7(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const plus = text.indexOf("+", i);
    if (plus < 0) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, plus);
    let j = plus + 1;
    // "+-" is a literal plus sign.
    if (text[j] === "-") {
      out += "+";
      i = j + 1;
      continue;
    }
    let bits = 0;
    let value = 0;
    const units: number[] = [];
    for (; j < text.length; j++) {
      const c = text.charCodeAt(j);
      const v = c < 128 ? VALUE[c]! : -1;
      if (v < 0) break;
      value = ((value << 6) | v) & 0xffffff;
      bits += 6;
      if (bits >= 16) {
        bits -= 16;
        units.push((value >> bits) & 0xffff);
      }
    }
    if (!units.length) {
      // A lone "+" before text that is no base64 ("a + b"): kept as written.
      out += "+";
      i = plus + 1;
      continue;
    }
    out += String.fromCharCode(...units);
    // The "-" that ends a shift is absorbed; any other character ends it and is kept.
    i = text[j] === "-" ? j + 1 : j;
  }
  return out;
}
