/**
 * Synthetic bilingual incidents for benchmarks: valid `Incident` records with realistic text. The Arabic
 * uses the spellings people really write (انستقرام, واتس اب, الفيس…), clitics (وبالواتساب), harakat,
 * tatweel, ة/ه and ى/ي swaps and Arabic-Indic digits; the English is plain. Some records are written
 * mostly in Arabic, some mostly in English, some fully in both. Rare words (names, places) are drawn from
 * a pool that grows with n, so the vocabulary grows with the corpus as real text does.
 * Deterministic: the same (n, seed) always gives the same records.
 */
import {
  CAUSE_CATEGORIES,
  CONFIDENCES,
  DURATION_QUALIFIERS,
  SYMPTOMS,
  type CauseCategory,
  type Incident,
  type PlatformId,
  type Symptom,
} from '../lib/incidents/types';

/** mulberry32: small, fast, good enough for test data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
const chance = (r: Random, p: number) => r() < p;
const int = (r: Random, min: number, max: number) => min + Math.floor(r() * (max - min + 1));

const PLATFORM_EN: Record<PlatformId, readonly string[]> = {
  facebook: ['Facebook', 'Facebook', 'FB'],
  instagram: ['Instagram', 'Instagram', 'Insta', 'IG'],
  whatsapp: ['WhatsApp', 'WhatsApp', 'Whatsapp', 'WhatsApp Web'],
  messenger: ['Messenger', 'Facebook Messenger'],
  threads: ['Threads'],
  twitter: ['Twitter', 'X', 'X (Twitter)', 'Twitter'],
};

/** Spellings seen in Arabic news and posts, commonest first (repeats weight the draw). */
const PLATFORM_AR: Record<PlatformId, readonly string[]> = {
  facebook: ['فيسبوك', 'فيسبوك', 'فيس بوك', 'الفيس', 'فيس', 'فايسبوك'],
  instagram: ['إنستغرام', 'انستغرام', 'انستقرام', 'إنستجرام', 'انستجرام', 'انستا', 'إنستاغرام', 'انستكرام'],
  whatsapp: ['واتساب', 'واتساب', 'واتس اب', 'واتس آب', 'الواتس', 'واتسب'],
  messenger: ['ماسنجر', 'ماسنجر', 'ماسينجر', 'مسنجر'],
  threads: ['ثريدز', 'ثريدز', 'ثريدس'],
  twitter: ['تويتر', 'تويتر', 'إكس', 'منصة إكس', 'اكس'],
};

const META: PlatformId[] = ['facebook', 'instagram', 'whatsapp', 'messenger', 'threads'];

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_AR = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const MONTHS_LEVANT = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAYS_AR = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];

const REGIONS: readonly { code: string; en: string; ar: string }[] = [
  { code: 'EG', en: 'Egypt', ar: 'مصر' },
  { code: 'SA', en: 'Saudi Arabia', ar: 'السعودية' },
  { code: 'AE', en: 'the UAE', ar: 'الإمارات' },
  { code: 'IQ', en: 'Iraq', ar: 'العراق' },
  { code: 'JO', en: 'Jordan', ar: 'الأردن' },
  { code: 'MA', en: 'Morocco', ar: 'المغرب' },
  { code: 'DZ', en: 'Algeria', ar: 'الجزائر' },
  { code: 'LB', en: 'Lebanon', ar: 'لبنان' },
  { code: 'KW', en: 'Kuwait', ar: 'الكويت' },
  { code: 'US', en: 'the United States', ar: 'الولايات المتحدة' },
  { code: 'GB', en: 'the United Kingdom', ar: 'بريطانيا' },
  { code: 'IN', en: 'India', ar: 'الهند' },
  { code: 'BR', en: 'Brazil', ar: 'البرازيل' },
  { code: 'TR', en: 'Turkey', ar: 'تركيا' },
  { code: '150', en: 'Europe', ar: 'أوروبا' },
];

const CAUSE_TEXT: Record<CauseCategory, { en: string; ar: string }> = {
  'dns-bgp': { en: 'a faulty BGP update withdrew the routes to its DNS servers', ar: 'تحديث خاطئ لبروتوكول BGP سحب المسارات إلى خوادم نظام أسماء النطاقات DNS' },
  'configuration-change': { en: 'a configuration change to the backbone routers went wrong', ar: 'تغيير في إعدادات الموجهات الرئيسية للشبكة' },
  'software-bug': { en: 'a bug in a routine code update', ar: 'خلل برمجي في تحديث روتيني للشيفرة' },
  capacity: { en: 'servers ran over capacity under a surge of traffic', ar: 'ضغط كبير على الخوادم تجاوز قدرتها الاستيعابية' },
  ddos: { en: 'a distributed denial-of-service attack', ar: 'هجوم حجب الخدمة الموزع DDoS' },
  datacenter: { en: 'a power failure in one of its data centers', ar: 'انقطاع الكهرباء في أحد مراكز البيانات' },
  'rate-limit': { en: 'temporary limits on how many posts accounts could read', ar: 'حدود مؤقتة لعدد المنشورات التي يمكن قراءتها' },
  maintenance: { en: 'routine maintenance that overran', ar: 'أعمال صيانة دورية استغرقت أكثر من المتوقع' },
  'government-restriction': { en: 'an order from the authorities to block the service', ar: 'قرار من السلطات بحجب الخدمة' },
  unknown: { en: 'a technical problem it did not explain', ar: 'مشكلة تقنية لم تكشف تفاصيلها' },
};

const SYMPTOM_TEXT: Record<Symptom, { en: readonly string[]; ar: readonly string[] }> = {
  'cannot-load': { en: ['the app would not load', 'pages showed "Something went wrong"'], ar: ['التطبيق لم يعد يفتح', 'ظهرت رسالة "حدث خطأ ما"'] },
  login: { en: ['users could not log in', 'sign-in failed with an error'], ar: ['تعذر تسجيل الدخول إلى الحسابات', 'فشل الدخول إلى الحساب'] },
  'logged-out': { en: ['users were logged out of their accounts', 'people found themselves signed out'], ar: ['سجل التطبيق خروج المستخدمين من حساباتهم', 'وجد كثيرون أنفسهم خارج حساباتهم بعد تسجيل الخروج'] },
  'account-suspended': { en: ['accounts were suspended by mistake', 'users were told their account had been suspended'], ar: ['تم تعليق حسابات بالخطأ', 'تلقى مستخدمون رسالة بتعطيل الحساب'] },
  feed: { en: ['the feed would not refresh', 'timelines stayed empty'], ar: ['الصفحة الرئيسية لم تتحدث', 'الخلاصة ظلت فارغة'] },
  messaging: { en: ['messages were not delivered', 'chats stuck on a clock icon'], ar: ['الرسائل لم تصل', 'المحادثات عالقة على علامة الساعة'] },
  'media-upload': { en: ['photos and videos failed to upload', 'images would not load'], ar: ['تعذر رفع الصور والفيديوهات', 'الصور لم تظهر'] },
  posting: { en: ['new posts could not be published', 'tweets failed to send'], ar: ['تعذر نشر منشورات جديدة', 'فشل إرسال التغريدات'] },
  api: { en: ['third-party apps using the API broke', 'API calls returned errors'], ar: ['توقفت التطبيقات التي تعتمد على الواجهة البرمجية', 'أعادت الواجهة البرمجية أخطاء'] },
  notifications: { en: ['notifications stopped arriving'], ar: ['توقفت الإشعارات'] },
  search: { en: ['search returned nothing'], ar: ['البحث لم يعد يعمل'] },
  stories: { en: ['stories would not play', 'status updates failed'], ar: ['القصص لم تعمل', 'تعذر نشر الحالات'] },
  calls: { en: ['voice and video calls dropped'], ar: ['انقطعت المكالمات الصوتية والمرئية'] },
  followers: { en: ['follower counts dropped sharply'], ar: ['انخفضت أعداد المتابعين بشكل حاد'] },
};

const EN_FILLER = [
  'Downdetector recorded a sharp rise in reports within minutes.',
  'Engineers rolled back the change and service returned gradually.',
  'The company apologised to its users and businesses that rely on the service.',
  'Reports peaked in the evening and fell over the following hours.',
  'Status pages showed a major disruption across several regions.',
  'Small businesses that sell through the platform lost a day of orders.',
  'Users flocked to other services to check whether the problem was on their side.',
  'Network monitors said the failure was not caused by internet providers.',
  'The outage came days after a smaller disruption that affected fewer people.',
  'Some features came back before others, and the web version recovered last.',
];

const AR_FILLER = [
  'وسجل موقع داون ديتكتور ارتفاعاً حاداً في البلاغات خلال دقائق.',
  'وأعاد المهندسون التغيير إلى حالته السابقة فعادت الخدمة تدريجياً.',
  'واعتذرت الشركة لمستخدميها وللشركات التي تعتمد على الخدمة.',
  'وبلغت الشكاوى ذروتها في المساء ثم تراجعت خلال الساعات التالية.',
  'وأظهرت صفحات الحالة اضطراباً كبيراً في عدة مناطق.',
  'وخسرت المتاجر الصغيرة التي تبيع عبر المنصة يوماً من الطلبات.',
  'ولجأ المستخدمون إلى خدمات أخرى للتأكد من أن المشكلة ليست من جهتهم.',
  'وقالت جهات رصد الشبكة إن العطل لم يكن بسبب مزودي الإنترنت.',
  'وجاء الانقطاع بعد أيام من عطل أصغر أصاب عدداً أقل من المستخدمين.',
  'وعادت بعض الميزات قبل غيرها، وكانت النسخة المكتوبة على الويب آخر ما تعافى.',
];

const PUBLISHERS = [
  { name: 'Reuters', lang: 'en', host: 'www.reuters.com' },
  { name: 'BBC News', lang: 'en', host: 'www.bbc.com' },
  { name: 'The Verge', lang: 'en', host: 'www.theverge.com' },
  { name: 'الجزيرة نت', lang: 'ar', host: 'www.aljazeera.net' },
  { name: 'الشرق', lang: 'ar', host: 'asharq.com' },
  { name: 'بوابة الوفد', lang: 'ar', host: 'alwafd.news' },
  { name: 'العربية', lang: 'ar', host: 'www.alarabiya.net' },
];

const SYLLABLES_EN = ['ka', 'ro', 'mi', 'ten', 'dar', 'vel', 'sha', 'lor', 'bin', 'qu', 'zen', 'tor', 'ma', 'lin', 'sor'];
const SYLLABLES_AR = ['كا', 'رو', 'مي', 'تن', 'دار', 'فل', 'شا', 'لور', 'بن', 'قو', 'زين', 'تور', 'ما', 'لين', 'سر'];

/** A made-up proper noun (a spokesperson, a town) in both scripts; rank k of a Zipf-like pool. */
function rareName(k: number): { en: string; ar: string } {
  let en = '';
  let ar = '';
  let x = k + 7;
  do {
    en += SYLLABLES_EN[x % SYLLABLES_EN.length];
    ar += SYLLABLES_AR[x % SYLLABLES_AR.length];
    x = Math.floor(x / SYLLABLES_EN.length);
  } while (x > 0);
  return { en: en[0]!.toUpperCase() + en.slice(1), ar };
}

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const toArabicDigits = (s: string) => s.replace(/\d/g, (d) => ARABIC_INDIC[Number(d)]!);

const HARAKAT = ['\u064E', '\u064F', '\u0650', '\u0652', '\u0651'];

/** Writes Arabic the way people do: sometimes with harakat or tatweel, sometimes with ة→ه and ى→ي. */
function roughenArabic(r: Random, text: string): string {
  return text
    .split(' ')
    .map((word) => {
      if (!/[\u0621-\u064A]{3,}/.test(word)) return word;
      if (chance(r, 0.06)) word = [...word].map((ch) => (/[\u0621-\u064A]/.test(ch) && chance(r, 0.6) ? ch + pick(r, HARAKAT) : ch)).join('');
      if (chance(r, 0.04)) word = word.slice(0, 2) + '\u0640'.repeat(int(r, 1, 3)) + word.slice(2);
      if (chance(r, 0.1)) word = word.replace(/ة$/, 'ه').replace(/ى$/, 'ي');
      return word;
    })
    .join(' ');
}

/** Attaches a clitic the way Arabic prose does: و، ب، ل، وب، وال… */
function withClitic(r: Random, word: string): string {
  if (!chance(r, 0.35)) return word;
  const bare = word.startsWith('ال') ? word.slice(2) : word;
  return pick(r, ['و', 'ب', 'ل', 'وب', 'ول', 'ف']) + (chance(r, 0.5) ? 'ال' + bare : word);
}

const START_MS = Date.UTC(2009, 0, 1);
const END_MS = Date.UTC(2025, 5, 30);

export function syntheticIncidents(n: number, seed = 1): Incident[] {
  const r = prng(seed);
  const rarePool = 50 + Math.floor(n / 2);
  const rare = () => rareName(Math.floor(rarePool * Math.pow(r(), 2.5)));
  const usedIds = new Set<string>();
  const incidents: Incident[] = [];

  for (let k = 0; k < n; k++) {
    // Skewed towards recent years, as outage coverage is.
    const startMs = START_MS + Math.floor(Math.sqrt(r()) * (END_MS - START_MS) / 60000) * 60000;
    const start = new Date(startMs);
    const day = start.toISOString().slice(0, 10);
    const precision = pick(r, ['day', 'hour', 'minute', 'minute'] as const);
    const utc = precision === 'day' ? day : precision === 'hour' ? `${start.toISOString().slice(0, 13)}:00Z` : `${start.toISOString().slice(0, 16)}Z`;

    const primary = pick(r, ['facebook', 'facebook', 'instagram', 'instagram', 'whatsapp', 'whatsapp', 'twitter', 'twitter', 'messenger', 'threads'] as const);
    const platforms: PlatformId[] = [primary];
    if (primary !== 'twitter' && chance(r, 0.25)) for (const p of META) if (p !== primary && chance(r, 0.5)) platforms.push(p);

    const scope = pick(r, ['global', 'global', 'regional', 'partial'] as const);
    const regions = scope === 'global' ? [] : [...new Set([pick(r, REGIONS), pick(r, REGIONS)])];
    const category = pick(r, CAUSE_CATEGORIES);
    const symptoms = [...new Set([pick(r, SYMPTOMS), pick(r, SYMPTOMS), pick(r, SYMPTOMS)].slice(0, int(r, 1, 3)))];
    const minutes = int(r, 10, 900);
    const month = start.getUTCMonth();
    const year = String(start.getUTCFullYear());

    const names = platforms.map((p) => ({ en: pick(r, PLATFORM_EN[p]), ar: pick(r, PLATFORM_AR[p]) }));
    const enList = names.map((x) => x.en).join(', ');
    const arList = names.map((x, i) => (i === 0 ? x.ar : withClitic(r, x.ar))).join(' و');
    const where = regions.length ? regions.map((x) => x.en).join(' and ') : 'worldwide';
    const whereAr = regions.length ? `في ${regions.map((x) => x.ar).join(' و')}` : 'حول العالم';
    const hours = Math.max(1, Math.round(minutes / 60));
    const yearAr = chance(r, 0.5) ? toArabicDigits(year) : year;
    const monthAr = chance(r, 0.2) ? MONTHS_LEVANT[month]! : MONTHS_AR[month]!;
    const symptomEn = symptoms.map((s) => pick(r, SYMPTOM_TEXT[s].en));
    const symptomAr = symptoms.map((s) => pick(r, SYMPTOM_TEXT[s].ar));

    const title = {
      en: pick(r, [`${enList} down ${where} for about ${hours} hours`, `${enList} outage: ${symptomEn[0]}`, `${names[0]!.en} disrupted in ${MONTHS_EN[month]} ${year}`]),
      ar: roughenArabic(r, pick(r, [`عطل ${arList} ${whereAr} لنحو ${hours} ساعات`, `توقف ${arList}: ${symptomAr[0]}`, `انقطاع ${names[0]!.ar} في ${monthAr} ${yearAr}`])),
    };

    // Arabic-heavy, English-heavy or full in both: the short side is one sentence.
    const profile = pick(r, ['ar', 'ar', 'en', 'both'] as const);
    const sentencesEn = [
      `${enList} stopped working for many users ${where} on ${WEEKDAYS_EN[start.getUTCDay()]}, ${start.getUTCDate()} ${MONTHS_EN[month]} ${year}.`,
      `${symptomEn.join('; ')[0]!.toUpperCase()}${symptomEn.join('; ').slice(1)}.`,
      `The company later blamed ${CAUSE_TEXT[category].en}, according to spokesperson ${rare().en}.`,
      pick(r, EN_FILLER),
      `Users in ${rare().en} and ${rare().en} were among the first to report problems.`,
      pick(r, EN_FILLER),
    ];
    const sentencesAr = [
      `تعطل ${arList} لدى كثير من المستخدمين ${whereAr} يوم ${WEEKDAYS_AR[start.getUTCDay()]} ${chance(r, 0.5) ? toArabicDigits(String(start.getUTCDate())) : start.getUTCDate()} ${monthAr} ${yearAr}.`,
      `وأفاد المستخدمون بأن ${symptomAr.join('، و')}.`,
      `وأرجعت الشركة العطل لاحقاً إلى ${CAUSE_TEXT[category].ar} بحسب المتحدث ${rare().ar}.`,
      pick(r, AR_FILLER),
      `وكان مستخدمون في ${rare().ar} و${rare().ar} أول من أبلغ عن المشكلة التي استمرت ${chance(r, 0.5) ? toArabicDigits(String(hours)) : hours} ساعات.`,
      pick(r, AR_FILLER),
    ];
    const summary = {
      en: (profile === 'ar' ? sentencesEn.slice(0, 1) : sentencesEn).join(' '),
      ar: roughenArabic(r, (profile === 'en' ? sentencesAr.slice(0, 1) : sentencesAr).join(' ')),
    };

    let id = `${day}-${primary}-${platforms.length > 1 ? 'meta-' : ''}outage`;
    for (let i = 2; usedIds.has(id); i++) id = `${day}-${primary}-outage-${i}`;
    usedIds.add(id);

    const incident: Incident = {
      id,
      platforms,
      start: { utc, precision },
      ...(precision === 'minute' && chance(r, 0.5) ? { end: { utc: `${new Date(startMs + minutes * 60000).toISOString().slice(0, 16)}Z`, precision: 'minute' as const } } : {}),
      ...(chance(r, 0.7) ? { duration: { minutes, qualifier: pick(r, DURATION_QUALIFIERS) } } : {}),
      scope,
      regions: regions.map((x) => x.code),
      cause: { category, ...(chance(r, 0.5) ? { stated: { en: `The company said ${CAUSE_TEXT[category].en}.`, ar: `قالت الشركة إن السبب ${CAUSE_TEXT[category].ar}.` } } : {}) },
      symptoms,
      title,
      summary,
      sources: Array.from({ length: int(r, 1, 3) }, () => {
        const publisher = pick(r, PUBLISHERS);
        return {
          publisher: publisher.name,
          title: publisher.lang === 'ar' ? `عطل ${names[0]!.ar} ${whereAr}` : `${names[0]!.en} is down ${where}`,
          published: day,
          lang: publisher.lang,
          url: `https://${publisher.host}/news/${id}`,
        };
      }),
      confidence: pick(r, CONFIDENCES),
    };
    incidents.push(incident);
  }
  // The compiled index's order: oldest first.
  return incidents.sort((a, b) => Date.parse(a.start.utc) - Date.parse(b.start.utc) || a.id.localeCompare(b.id));
}
