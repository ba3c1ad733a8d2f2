/**
 * Whose report this is: the place, read from the dateline (`在运城市盐湖区第十七届人民代表大会…`),
 * the title (`2026年安徽省政府工作报告`) or the speaker line (`海拉尔区人民政府区长`). Local notes,
 * figures and targets of one place's report apply only to a report of the same place.
 */
import type { FrontMatter } from './front-matter';
import { normaliseFrontMatter } from './front-matter';
import { MARKER_NUMERAL } from '../model/numerals';

export interface Place {
  /** As written (`运城市盐湖区`, `安徽省`, `广西壮族自治区`). */
  name: string;
  /** Its smallest unit (`盐湖区`, `安徽省`), what two places are compared by. */
  unit: string;
  national: boolean;
}

const UNIT = /([\u4e00-\u9fff]{1,10}?(?:特别行政区|自治区|自治州|自治县|自治旗|新区|省|市|区|县|旗|州|盟))$/;

function placeOf(name: string): Place | undefined {
  const n = name.replace(/人民政府$|政府$/, '');
  if (!n || /^(?:省|市|区|县|旗|州|盟|自治区|自治州|自治县|本[省市区县])$/.test(n)) return undefined;
  if (/^(?:全国|国务院)$/.test(n)) return { name: '全国', unit: '全国', national: true };
  const m = UNIT.exec(n);
  if (!m) return undefined;
  // The smallest unit: the last one written (`运城市盐湖区` → `盐湖区`).
  const units = n.match(/[\u4e00-\u9fff]+?(?:特别行政区|自治区|自治州|自治县|自治旗|新区|省|市|区|县|旗|州|盟)/g) ?? [
    m[1],
  ];
  return { name: n, unit: units[units.length - 1], national: false };
}

/** The place before the session number in the meeting's name (`运城市盐湖区第十七届…`). */
const SESSION = new RegExp(`^(.*?)第?${MARKER_NUMERAL}届`);

export function findPlace(fm: FrontMatter): Place | undefined {
  if (fm.national) return { name: '全国', unit: '全国', national: true };
  const meeting = fm.dateline?.meeting;
  if (meeting) {
    const m = SESSION.exec(meeting);
    const p = m && placeOf(m[1]);
    if (p) return p;
  }
  if (fm.title) {
    const m = /^(?:\d{4}年)?(.+?)(?:人民)?政府工作报告/.exec(normaliseFrontMatter(fm.title.text));
    const p = m && placeOf(m[1]);
    if (p) return p;
  }
  if (fm.speaker?.org) return placeOf(fm.speaker.org);
  return undefined;
}

/** Two reports of the same place (both known). */
export function samePlace(a: Place | undefined, b: Place | undefined): boolean {
  return !!a && !!b && a.unit === b.unit;
}
