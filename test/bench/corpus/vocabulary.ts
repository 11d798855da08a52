/**
 * Word stock for the synthetic corpus. Every sentence here was written for this benchmark
 * about invented negotiations; names are built from syllables so none belongs to a real
 * person. Slots in {braces} are filled by the article generator.
 */

export const FIRST_NAMES = [
  'Amal', 'Karim', 'Leila', 'Oren', 'Sofia', 'Yusuf', 'Nadia', 'Tomas', 'Ines', 'Rami', 'José', 'Zoë',
  'Miriam', 'Hadi', 'Esther', 'Farid', 'Lena', 'Samir', 'Noa', 'Idris', 'Clara', 'Bashir', 'Yael', 'Omar',
  'Greta', 'Tariq', 'Mona', 'Aviv', 'Dalia', 'Khalil', 'Renée', 'Jamal', 'Hana', 'Anders', 'Salma', 'Emre',
];

/** Surnames and place names are an onset and an ending: 40 × 40 distinct roots. */
export const ONSETS = [
  'Had', 'Bar', 'Kel', 'Mur', 'Sen', 'Tav', 'Vek', 'Zor', 'Nal', 'Pem', 'Gus', 'Fir', 'Wen', 'Hox', 'Dov', 'Lim',
  'Ash', 'Bel', 'Cor', 'Dar', 'Ess', 'Fal', 'Gor', 'Hal', 'Ist', 'Jor', 'Kal', 'Lor', 'Mar', 'Nor', 'Orl', 'Pal',
  'Qad', 'Ros', 'Sal', 'Tor', 'Ulm', 'Val', 'Yar', 'Zan',
];
export const ENDINGS = [
  'dad', 'rin', 'ova', 'ani', 'eski', 'ouri', 'ades', 'ello', 'amar', 'udin', 'essa', 'itz', 'avi', 'oglu', 'enko', 'ari',
  'abi', 'eyer', 'ossi', 'ami', 'aker', 'idis', 'uz', 'ana', 'elli', 'ovic', 'ahan', 'anto', 'ez', 'imov', 'oun', 'asi',
  'erra', 'ith', 'ura', 'undi', 'aro', 'ek', 'ine', 'olt',
];

export const ORGANISATION_KINDS = [
  'Relief Agency', 'Liberation Front', 'Reconciliation Council', 'Development Fund', 'Border Authority',
  'Workers Union', 'Security Directorate', 'Peace Initiative', 'Observer Mission', 'Democratic Alliance',
];

export const OUTLETS = [
  'The Harbour Ledger', 'Meridian Wire', 'Northgate Daily', 'Al-Wasat Review', 'Coastal Observer', 'Frontline Weekly',
  'The Quay Gazette', 'Pressline International', 'Valley Herald', 'Crossing Post',
];

export const TERM_LABELS = ['duration', 'hostages released', 'prisoners released', 'withdrawal', 'aid trucks per day'];

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Sentences of the running report. */
export const SENTENCES = [
  '{person} told reporters in {place} that the talks had reached "a delicate stage" but would continue on {weekday}.',
  'According to two officials briefed on the meeting, {org} asked for guarantees before any pause took effect.',
  'The draft, seen by this outlet, runs to {number} pages and was circulated on {date}.',
  '{person}, who leads the delegation, declined to comment on the sequencing of the exchange.',
  'Mediators from {place} shuttled between the two hotels for most of the night, a diplomat said.',
  'A spokesperson for {org} said the group had "not received anything in writing" as of {weekday} evening.',
  'Residents of {place} reported that convoys were again waiting at the crossing, some for more than {number} hours.',
  'The previous round collapsed in {month} after disagreement over the withdrawal timetable.',
  '{person} and {person2} met for {number} minutes, their first direct contact since {month}.',
  'Officials in {place} cautioned that no agreement was final until every detail was settled.',
  'The figures could not be independently verified, and {org} disputed the account.',
  'Some {number} families have been displaced from the outskirts of {place}, aid workers estimate.',
  'Asked whether a deal was close, {person} said only: "We are closer than we were on {weekday}."',
  'Negotiators are expected to reconvene in {place} within days, according to a statement from {org}.',
  'Analysts said the sequencing of releases remained the main obstacle, with each side wary of moving first.',
  'Diplomatic sources put the number of detainees under discussion at roughly {number}.',
];

/** Sentences that state a proposal's terms or a step in its story; {proposal} is its short name. */
export const CLAIMS = [
  'Under the {proposal}, fighting would stop for {duration} while {hostages} hostages are released in stages.',
  'The {proposal} provides for the release of {prisoners} prisoners and a withdrawal from {place} within {duration}.',
  '{org} said it had accepted the {proposal} "in principle" on {date}, pending clarifications.',
  '{person} rejected the {proposal} on {date}, calling its withdrawal terms "unworkable".',
  'The {proposal} was first floated on {date} by mediators in {place}, two sources said.',
  'Under a revised {proposal}, up to {trucks} aid trucks a day would enter through {place}.',
];

/** Right-to-left paragraphs: short reports in Arabic and Hebrew, written for this corpus. */
export const RTL_PARAGRAPHS = [
  'قال الوسطاء إن جولة جديدة من المحادثات ستبدأ يوم الثلاثاء، وإن الوفدين تبادلا مسودات مكتوبة للمرة الأولى منذ أسابيع.',
  'وأضاف مسؤول مطلع أن الخلاف ما زال قائما حول مدة التهدئة وعدد المفرج عنهم في المرحلة الأولى.',
  'המתווכים אמרו כי סבב שיחות חדש ייפתח ביום שלישי, וכי שתי המשלחות החליפו טיוטות כתובות לראשונה מזה שבועות.',
  'גורם המעורה בפרטים הוסיף כי המחלוקת נותרה סביב משך ההפסקה ומספר המשוחררים בשלב הראשון.',
];

/** Characters outside the Basic Multilingual Plane, so offsets must respect surrogate pairs. */
export const ASTRAL_ASIDES = [
  ' One banner outside the venue read "talks now 🕊️".',
  ' A delegate posted a photo of the table with the caption "day {number} 📌".',
  ' The observer from 𠮷野 district signed the attendance sheet as 𠮷田 𡈽.',
  ' Supporters waved flags 🇺🇳 and candles 🕯️ at the gate.',
];

/**
 * Reported speech, composed from parts (lead, speaker, verb, what was said, attribution)
 * so long clauses rarely repeat word for word within one article, as in real reporting.
 */
export const LEADS = ['', '', '', 'On {weekday}, ', 'Late on {weekday}, ', 'Separately, ', 'Meanwhile, ', 'In a statement, ', 'Speaking by phone, ', 'Earlier, ', 'By {weekday} evening, '];
export const SPEAKERS = ['{person}', '{person}', '{org}', 'a spokesperson for {org}', 'officials in {place}', 'a senior diplomat', 'two negotiators', 'an aide to {person}', 'the mediators'];
export const VERBS = ['said', 'told reporters', 'insisted', 'warned', 'cautioned', 'confirmed', 'denied', 'suggested', 'acknowledged', 'argued'];
export const CLAUSES = [
  'the next round would open in {place} within {number} days',
  'no text had been agreed on the sequencing of releases',
  'the crossing at {place} would reopen for {number} trucks',
  'a written reply was expected before {weekday}',
  'the delegation from {place} had left the talks early',
  'earlier drafts had put the pause at {duration}',
  '{number} names were still in dispute',
  'the guarantees sought by {org} were "not negotiable"',
  'monitors would be deployed along the road to {place}',
  'the talks had stalled over the order of the first exchange',
  'any pause would begin at dawn on {weekday}',
  'lists of detainees had been exchanged on {date}',
  'the mediators had proposed a phased withdrawal from {place}',
  'fuel deliveries had resumed on a limited scale',
  'the sides remained "far apart" on the final phase',
  'a ministerial meeting could follow as soon as {month}',
  'the wounded would be evacuated through {place} first',
  '{org} had not been consulted about the latest draft',
  'the reported figure of {number} was "inflated"',
  'progress depended on a commitment from {person}',
  'the text now ran to {number} clauses',
  'journalists would be allowed into {place} under escort',
  'the agreement would be signed in {place} if approved',
  'the deadline of {date} had passed without a reply',
];
export const ATTRIBUTIONS = ['', '', '', ', according to {org}', ', two sources said', ', a diplomat in {place} added', ', officials said', ' on condition of anonymity', ', in remarks broadcast on {weekday}'];
