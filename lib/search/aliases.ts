/**
 * The search vocabulary: how people write each platform, cause, symptom, region, month and weekday in
 * Arabic and English, and which words carry no meaning for search. Data only: spellings are written as
 * people write them (with hamza, ة, harakat…); lexicon.ts folds them with the same normalisation as the
 * index and the query. A multi-word entry is matched as a phrase before its words are looked at alone,
 * which is how split names join (فيس بوك) and how look-alikes (أشعة إكس, an X-ray) stay ordinary words.
 * Words of entries do not need an article or clitics: الفيس, والفيس and بالفيس all find فيس.
 */
import { PLATFORM_IDS, type CauseCategory, type PlatformId, type Symptom } from '../incidents/types';
import { PLATFORMS } from '../platforms';

export const PLATFORM_ALIASES: Record<PlatformId, readonly string[]> = {
  facebook: ['facebook', 'fb', 'face book', 'فيسبوك', 'فيس بوك', 'فيس', 'فايسبوك', 'فايس بوك', 'فسبوك', 'فيس بك', 'فيزبوك'],
  instagram: [
    'instagram', 'insta', 'ig', 'insta gram', 'instagam',
    'إنستغرام', 'انستغرام', 'انستقرام', 'إنستقرام', 'انستجرام', 'إنستجرام', 'انستاغرام', 'إنستاغرام',
    'انستاجرام', 'انستاقرام', 'انستكرام', 'انستغرم', 'انستا', 'إنستا', 'انستجرم', 'انستقرم',
  ],
  whatsapp: ['whatsapp', 'whats app', 'what s app', 'wa', 'whatsup', 'واتساب', 'واتس اب', 'واتس آب', 'واتسآب', 'واتس', 'واتسب', 'وتساب', 'واتز اب', 'واتزاب', 'وتس اب'],
  messenger: ['messenger', 'facebook messenger', 'fb messenger', 'ماسنجر', 'ماسينجر', 'مسنجر', 'مسينجر', 'ماسنجر فيسبوك'],
  threads: ['threads', 'threads app', 'ثريدز', 'ثريدس', 'ثريد', 'ثردز', 'تطبيق ثريدز'],
  twitter: ['twitter', 'x', 'x com', 'x twitter', 'twitter x', 'تويتر', 'تويتير', 'إكس', 'اكس', 'منصة إكس', 'منصة اكس', 'تطبيق اكس'],
};

/** The parent company: a query naming it means any of its platforms. */
export const BRAND_ALIASES: readonly string[] = ['meta', 'meta platforms', 'ميتا', 'شركة ميتا', 'مِيتا'];
export const BRAND_PLATFORMS: readonly PlatformId[] = PLATFORM_IDS.filter((id) => PLATFORMS[id].operator === 'meta');

export const CAUSE_ALIASES: Record<CauseCategory, readonly string[]> = {
  'dns-bgp': [
    'dns', 'bgp', 'domain name system', 'border gateway protocol', 'routing', 'routes',
    'نظام اسم النطاق', 'نظام أسماء النطاقات', 'أسماء النطاقات', 'اسم النطاق', 'بروتوكول البوابة الحدودية', 'مسارات',
  ],
  'configuration-change': [
    'configuration change', 'config change', 'configuration', 'misconfiguration', 'faulty configuration',
    'تغيير في الإعدادات', 'تغيير الإعدادات', 'إعدادات', 'تغيير في التكوين', 'التكوين', 'تهيئة',
  ],
  'software-bug': ['bug', 'software bug', 'glitch', 'code change', 'خلل برمجي', 'خلل تقني', 'خلل', 'ثغرة برمجية', 'خطأ برمجي', 'تحديث برمجي'],
  capacity: ['capacity', 'over capacity', 'overload', 'overloaded', 'traffic surge', 'ضغط', 'ضغط على الخوادم', 'القدرة الاستيعابية', 'الحمل الزائد'],
  ddos: ['ddos', 'denial of service', 'denial-of-service attack', 'هجوم حجب الخدمة', 'حجب الخدمة', 'الحرمان من الخدمة', 'هجوم الحرمان من الخدمة'],
  datacenter: ['data center', 'datacenter', 'data centre', 'power failure', 'مركز بيانات', 'مراكز البيانات', 'مركز البيانات', 'انقطاع الكهرباء'],
  'rate-limit': ['rate limit', 'rate limited', 'rate limits', 'reading limit', 'حد القراءة', 'حدود القراءة', 'حد الاستخدام', 'تقييد عدد المنشورات'],
  maintenance: ['maintenance', 'scheduled maintenance', 'صيانة', 'أعمال صيانة'],
  'government-restriction': ['censorship', 'government block', 'blocked by the government', 'internet shutdown', 'authorities', 'حجب', 'حجب حكومي', 'قطع الإنترنت', 'رقابة', 'السلطات'],
  unknown: [],
};

export const SYMPTOM_ALIASES: Record<Symptom, readonly string[]> = {
  'cannot-load': [
    'not loading', 'cannot load', 'can\'t load', 'could not load', 'won\'t load', 'would not load', 'unable to load', 'failed to load',
    'unreachable', 'inaccessible', 'something went wrong', 'لا يعمل', 'لا يفتح', 'لا تعمل', 'حدث خطأ ما', 'تعذر الوصول', 'تعذر تحميل',
  ],
  login: ['login', 'log in', 'sign in', 'signin', 'cannot log in', 'تسجيل الدخول', 'تسجيل دخول', 'الدخول إلى الحساب'],
  'logged-out': ['logged out', 'log out', 'logout', 'signed out', 'kicked out', 'تسجيل الخروج', 'تسجيل خروج', 'سجل خروجي', 'سجل خروج', 'خروج المستخدمين', 'خروج'],
  'account-suspended': [
    'suspended', 'suspension', 'account suspended', 'suspended account', 'banned', 'disabled account',
    'تعليق الحساب', 'تعليق الحسابات', 'تعطيل الحساب', 'تعطيل الحسابات', 'إيقاف الحساب', 'حظر الحساب', 'حسابات معلقة', 'حساب معلق',
  ],
  feed: ['feed', 'news feed', 'timeline', 'timelines', 'home feed', 'الخلاصة', 'خلاصة', 'التايم لاين', 'الصفحة الرئيسية', 'الصفحات الرئيسية', 'آخر الأخبار'],
  messaging: ['messages', 'message', 'messaging', 'dm', 'dms', 'direct messages', 'chat', 'chats', 'الرسائل', 'رسائل', 'رسالة', 'المحادثات', 'محادثات', 'الدردشة'],
  'media-upload': ['upload', 'uploads', 'photos', 'images', 'videos', 'media', 'الصور', 'صور', 'الفيديو', 'فيديوهات', 'رفع', 'الوسائط'],
  posting: ['posting', 'post', 'posts', 'tweet', 'tweets', 'tweeting', 'publish', 'نشر', 'منشورات', 'تغريدات', 'تغريدة', 'التغريد'],
  api: ['api', 'third-party apps', 'developer api', 'الواجهة البرمجية', 'واجهة برمجة التطبيقات'],
  notifications: ['notifications', 'notification', 'alerts', 'الإشعارات', 'إشعارات', 'التنبيهات', 'تنبيهات'],
  search: ['search', 'البحث', 'بحث'],
  stories: ['stories', 'story', 'status updates', 'whatsapp status', 'القصص', 'قصص', 'ستوري', 'ستوريات', 'نشر الحالات', 'حالات واتساب'],
  calls: ['calls', 'call', 'voice calls', 'video calls', 'المكالمات', 'مكالمات', 'مكالمة', 'الاتصال', 'اتصالات'],
  followers: ['followers', 'follower', 'follower count', 'المتابعين', 'متابعين', 'متابعون', 'متابعي', 'المتابعون'],
};

/** ISO 3166 / UN M49 codes as they appear in `Incident.regions`. */
export const REGION_ALIASES: Record<string, readonly string[]> = {
  EG: ['egypt', 'مصر'],
  SA: ['saudi', 'saudi arabia', 'ksa', 'السعودية', 'المملكة العربية السعودية'],
  AE: ['uae', 'united arab emirates', 'emirates', 'الإمارات', 'الامارات'],
  IQ: ['iraq', 'العراق'],
  JO: ['jordan', 'الأردن'],
  SY: ['syria', 'سوريا', 'سورية'],
  LB: ['lebanon', 'لبنان'],
  PS: ['palestine', 'فلسطين', 'غزة', 'gaza'],
  KW: ['kuwait', 'الكويت'],
  QA: ['qatar', 'قطر'],
  BH: ['bahrain', 'البحرين'],
  OM: ['oman', 'عمان', 'سلطنة عمان'],
  YE: ['yemen', 'اليمن'],
  MA: ['morocco', 'المغرب'],
  DZ: ['algeria', 'الجزائر'],
  TN: ['tunisia', 'تونس'],
  LY: ['libya', 'ليبيا'],
  SD: ['sudan', 'السودان'],
  TR: ['turkey', 'türkiye', 'تركيا'],
  IR: ['iran', 'إيران'],
  PK: ['pakistan', 'باكستان'],
  IN: ['india', 'الهند'],
  BR: ['brazil', 'البرازيل'],
  US: ['usa', 'united states', 'america', 'الولايات المتحدة', 'أمريكا', 'امريكا'],
  GB: ['uk', 'united kingdom', 'britain', 'بريطانيا', 'المملكة المتحدة'],
  '150': ['europe', 'أوروبا'],
  '142': ['asia', 'آسيا'],
  '002': ['africa', 'أفريقيا', 'إفريقيا'],
};

/**
 * Common words mapped across languages, so an Arabic query finds English text and the reverse.
 * Look-alikes of platform names are here too, as the ordinary words they are.
 */
export const TERM_ALIASES: Record<string, readonly string[]> = {
  server: ['server', 'servers', 'خادم', 'خوادم', 'الخوادم', 'سيرفر', 'سيرفرات'],
  app: ['app', 'apps', 'application', 'تطبيق', 'تطبيقات'],
  website: ['website', 'site', 'web', 'موقع', 'مواقع', 'الويب'],
  account: ['account', 'accounts', 'حساب', 'حسابات'],
  users: ['users', 'user', 'مستخدم', 'مستخدمين', 'مستخدمي', 'مستخدمو', 'المستخدمون'],
  error: ['error', 'errors', 'خطأ', 'أخطاء'],
  worldwide: ['worldwide', 'global', 'globally', 'world', 'عالمي', 'عالميا', 'العالم', 'حول العالم'],
  hours: ['hours', 'hour', 'ساعة', 'ساعات', 'ساعتين'],
  million: ['million', 'millions', 'مليون', 'ملايين'],
  attack: ['attack', 'cyberattack', 'cyber attack', 'hack', 'hackers', 'هجوم', 'هجوم إلكتروني', 'هجوم سيبراني', 'اختراق', 'قراصنة'],
  network: ['network', 'شبكة'],
  internet: ['internet', 'إنترنت'],
  update: ['update', 'تحديث'],
  fire: ['fire', 'حريق'],
  password: ['password', 'كلمة المرور', 'كلمة السر'],
  musk: ['musk', 'elon musk', 'ماسك', 'إيلون ماسك'],
  downdetector: ['downdetector', 'down detector', 'داون ديتكتور'],
  netblocks: ['netblocks', 'نت بلوكس'],
  cloudflare: ['cloudflare', 'كلاودفلير'],
  xray: ['x ray', 'xray', 'أشعة إكس', 'أشعة اكس', 'الأشعة السينية'],
  xbox: ['xbox', 'x box', 'إكس بوكس', 'اكس بوكس'],
  spacex: ['spacex', 'space x', 'سبيس إكس', 'سبيس اكس'],
};

/**
 * Month names, January first: English, the Egyptian/Gulf names, the Levantine/Iraqi names and the
 * Maghrebi names. Entries starting with `?` only count as a month next to a number ("may 2023",
 * "آب ٢٠٢١"), because alone they are ordinary words ("may", "اب" as in واتس اب).
 */
export const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', '?jan', 'يناير', 'كانون الثاني', 'جانفي'],
  ['february', '?feb', 'فبراير', 'شباط', 'فيفري'],
  ['march', '?mar', 'مارس', 'آذار'],
  ['april', '?apr', 'أبريل', 'ابريل', 'إبريل', 'نيسان', 'أفريل'],
  ['?may', 'مايو', 'أيار', '?ماي'],
  ['june', '?jun', 'يونيو', 'يونيه', 'حزيران', 'جوان'],
  ['july', '?jul', 'يوليو', 'يوليه', 'تموز', 'جويلية'],
  ['august', '?aug', 'أغسطس', 'اغسطس', '?آب', 'أوت'],
  ['september', '?sep', '?sept', 'سبتمبر', 'أيلول'],
  ['october', '?oct', 'أكتوبر', 'اكتوبر', 'تشرين الأول'],
  ['november', '?nov', 'نوفمبر', 'تشرين الثاني'],
  ['december', '?dec', 'ديسمبر', 'كانون الأول', 'دجنبر'],
];

/** Weekday names, Sunday first (the order of Date.getUTCDay). */
export const WEEKDAY_NAMES: readonly (readonly string[])[] = [
  ['sunday', 'الأحد', 'أحد'],
  ['monday', 'الاثنين', 'الإثنين', 'اثنين'],
  ['tuesday', 'الثلاثاء', 'ثلاثاء'],
  ['wednesday', 'الأربعاء', 'الاربعاء', 'أربعاء'],
  ['thursday', 'الخميس', 'خميس'],
  ['friday', 'الجمعة', 'جمعة'],
  ['saturday', 'السبت', 'سبت'],
];

/**
 * Words that say nothing about which outage is meant: function words, and the words for "outage" itself
 * (every record is one). Written with the article or clitic where that is the word (التي, لم).
 */
export const STOP_WORDS: readonly string[] = [
  // English
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'is', 'are', 'was', 'were', 'be', 'been',
  'by', 'with', 'from', 'as', 'it', 'its', 'this', 'that', 'these', 'those', 'has', 'have', 'had', 'did', 'do',
  'does', 'not', 'no', 'but', 'after', 'before', 'during', 'when', 'what', 'why', 'how', 'again',
  'which', 'who', 'about', 'into', 'over', 'than', 'then', 'there', 'their', 'they', 'them', 'i', 'me', 'my',
  'we', 'our', 'you', 'your', 's', 't', 'down', 'outage', 'outages', 'went', 'goes', 'going', 'gone', 'broken',
  'problem', 'problems', 'issue', 'issues', 'disruption', 'disrupted', 'crash', 'crashed', 'working', 'today',
  // Arabic
  'في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'هل', 'ما', 'ماذا', 'لماذا', 'متى', 'كيف', 'هذا', 'هذه', 'ذلك',
  'تلك', 'التي', 'الذي', 'الذين', 'كان', 'كانت', 'قد', 'تم', 'ثم', 'أو', 'او', 'أن', 'إن', 'ان', 'لا', 'لم', 'لن',
  'بعد', 'قبل', 'خلال', 'عند', 'منذ', 'حتى', 'كل', 'بين', 'يوم', 'اليوم', 'هو', 'هي', 'عطل', 'أعطال', 'اعطال',
  'تعطل', 'تعطّل', 'انقطاع', 'توقف', 'مشكلة', 'مشاكل', 'مشكله', 'واقع', 'وقع', 'سقوط', 'داون',
];

/**
 * Ordinary words the clitic stripper may reduce to (بالخدمة → خدمة). Only known words are stripped, so a
 * word that merely starts with و or ب (ورق, بيت) is left alone.
 */
export const KNOWN_WORDS: readonly string[] = [
  'خدمة', 'خدمات', 'شركة', 'شركات', 'منصة', 'منصات', 'تواصل', 'اجتماعي', 'بلاغات', 'شكاوى', 'مهندسين',
  'فريق', 'بيان', 'متحدث', 'اعتذار', 'عودة', 'دقائق', 'أيام', 'مناطق', 'دول', 'صفحة', 'صفحات',
];
