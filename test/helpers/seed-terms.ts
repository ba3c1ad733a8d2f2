/** The seed report's terms, as the tests of every client expect them. */

/** The seed's 36 note headwords in order (35 notes: “三无”“三可” share one). */
export const SEED_HEADWORDS = [
  '六稳',
  '六保',
  '专精特新',
  '小巨人',
  '小升规',
  '六乱',
  '一河三路',
  '四证联办',
  '3133',
  '2345',
  '五强五看',
  '十大社会治理工程',
  '十大产业发展工程',
  '十大民生保障工程',
  '415',
  '合汽生材',
  '服务业提质增效十大行动',
  '四好农村路',
  '两个毫不动摇',
  '三化三制',
  '承诺制+标准地+全代办',
  '三未',
  '双随机、一公开',
  '三无',
  '三可',
  '两高',
  '双减',
  '千县工程',
  '三管三必须',
  '四项机制',
  '枫桥经验',
  '全科网格',
  '两个确立',
  '三重一大',
  '1+N',
  '13710',
];

/** The seed's local shorthand without a note, in order of first use. */
export const SEED_GAPS = ['五抓一优一促', '1311', '十大产业集群', '12大基地'];
