import '../src/define.js';
import './course-catalogue.js';
import { isLocale, type Locale } from '../src/core/i18n.js';
import { deleteDemoDatabase } from '../src/data/demo-data-source.js';
import { REGIONS, REGION_META, isRegion } from '../src/themes/index.js';

const TEXT: Record<Locale, Record<string, string>> = {
  ko: {
    region: '지역',
    locale: '언어',
    contrast: '화면 대비',
    contrastNormal: '기본',
    contrastHigh: '선명한 화면',
    navTitle: '주 메뉴',
    navCourses: '온라인 강의',
    navProgress: '나의 학습',
    navBooking: '상담 예약',
    navCatalogue: '강좌 목록',
    pageTitle: '청소년 온라인 학습 지원',
    lead: '저소득층 청소년에게 온라인 강의, 대학생 멘토링, 입시 컨설팅을 무료로 제공합니다.',
    coursesTitle: '온라인 강의 듣기',
    progressTitle: '나의 학습 현황',
    progressBrowse: '강좌 둘러보기',
    cohortTitle: '프로그램 현황 (담당자용)',
    navCohort: '프로그램 현황',
    bookingTitle: '상담 예약하기',
    catalogueTitle: '강좌 목록',
    footer: '데모 데이터는 이 브라우저에만 저장됩니다.',
    footerApi: '데이터는 참조 API 서버(SQLite)에 저장됩니다: ',
    reset: '데모 데이터 초기화',
    resetDone: '데모 데이터를 초기화했습니다. 새로고침하면 처음 상태로 돌아갑니다.',
    skip: '본문 바로가기',
  },
  en: {
    region: 'Region',
    locale: 'Language',
    contrast: 'Contrast',
    contrastNormal: 'Standard',
    contrastHigh: 'High contrast',
    navTitle: 'Main menu',
    navCourses: 'Online lectures',
    navProgress: 'My learning',
    navBooking: 'Book a consultation',
    navCatalogue: 'Course list',
    pageTitle: 'Online learning support for youth',
    lead: 'Free online lectures, university-student mentoring and admissions consulting for young people from low-income families.',
    coursesTitle: 'Watch a lecture',
    progressTitle: 'My learning progress',
    progressBrowse: 'Browse courses',
    cohortTitle: 'Programme overview (for managers)',
    navCohort: 'Programme overview',
    bookingTitle: 'Book a consultation',
    catalogueTitle: 'Course list',
    footer: 'Demo data is stored in this browser only.',
    footerApi: 'Data is kept by the reference API server (SQLite) at ',
    reset: 'Reset demo data',
    resetDone: 'Demo data was reset. Reload the page to start over.',
    skip: 'Skip to content',
  },
};

const provider = document.querySelector('seoul-learn-provider')!;

/**
 * `npm start -- --api` (or `SEOUL_LEARN_API=1 npm start`) runs the reference API server beside
 * the demo and hands its address to the page, which then reads and writes through `HttpDataSource`.
 */
const apiBase = (import.meta as ImportMeta & { env?: Record<string, string | undefined> }).env
  ?.VITE_SEOUL_LEARN_API_BASE;
if (apiBase) {
  provider.setAttribute('api-base', apiBase);
  // The page's sign-in hands the elements a bearer token: here the dev server stands in for a
  // partner's sign-in (scripts/start.mjs). A real page asks its own backend for the learner's token.
  const token = (query = '') => fetch(`/__seoul-learn/dev-token${query}`).then((response) => response.text());
  (provider as HTMLElement & { getToken?: () => Promise<string> }).getToken = () => token();
  // The programme managers' view signs in as a manager, through a provider of its own.
  const cohort = document.querySelector('seoul-learn-progress[view="cohort"]')!;
  const managers = Object.assign(document.createElement('seoul-learn-provider'), {
    getToken: () => token('?manager'),
  });
  cohort.replaceWith(managers);
  managers.append(cohort);
  const footer = document.querySelector<HTMLElement>('[data-i18n="footer"]')!;
  footer.dataset.i18n = 'footerApi';
  footer.after(Object.assign(document.createElement('code'), { textContent: apiBase }));
  document.querySelector<HTMLElement>('#reset-demo')!.hidden = true;
}
const form = document.querySelector<HTMLFormElement>('#switcher')!;
const regionSelect = form.elements.namedItem('region') as HTMLSelectElement;
const params = new URLSearchParams(location.search);

for (const region of REGIONS) {
  regionSelect.append(new Option(REGION_META[region].programName.ko, region));
}

function apply(): void {
  const data = new FormData(form);
  const region = String(data.get('region'));
  const locale = String(data.get('locale'));
  const contrast = String(data.get('contrast'));
  if (!isRegion(region) || !isLocale(locale)) return;
  provider.setAttribute('region', region);
  provider.setAttribute('locale', locale);
  provider.setAttribute('contrast', contrast);
  document.documentElement.lang = locale;
  const meta = REGION_META[region];
  document.querySelector('#brand-region')!.textContent = meta.regionName[locale];
  document.querySelector('#brand-program')!.textContent = meta.programName[locale];
  // A region without a logo shows its programme name alone.
  const logo = document.querySelector<HTMLImageElement>('#brand-logo')!;
  logo.hidden = !meta.logo;
  if (meta.logo) logo.src = new URL(`../themes/logos/${region}.svg`, import.meta.url).href;
  for (const option of regionSelect.options) {
    if (isRegion(option.value)) option.text = REGION_META[option.value].programName[locale];
  }
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const text = TEXT[locale][node.dataset.i18n!];
    if (text) node.textContent = text;
  }
  document.querySelector('.skip-link')!.textContent = TEXT[locale].skip;
  document.title = `${TEXT[locale].pageTitle} | ${meta.programName[locale]}`;
  // Keep the choice in the address so a designer can share a link to one theme.
  const url = new URL(location.href);
  url.search = new URLSearchParams({ region, locale, contrast }).toString();
  history.replaceState(null, '', url);
}

for (const name of ['region', 'locale', 'contrast']) {
  const value = params.get(name);
  const field = form.elements.namedItem(name) as HTMLSelectElement;
  if (value && [...field.options].some((option) => option.value === value)) field.value = value;
}
form.addEventListener('change', apply);
apply();

document.querySelector('#reset-demo')!.addEventListener('click', async () => {
  await deleteDemoDatabase();
  const locale = isLocale(document.documentElement.lang) ? document.documentElement.lang : 'ko';
  document.querySelector('#reset-status')!.textContent = TEXT[locale].resetDone;
});

// "Continue" on the dashboard opens that lesson in the player on this page.
document.addEventListener('seoul-learn-continue-requested', (event) => {
  const course = document.querySelector('seoul-learn-course')!;
  course.setAttribute('course-id', event.detail.courseId);
  course.setAttribute('lesson-id', event.detail.lessonId);
  document.querySelector('#courses')!.scrollIntoView();
  document.querySelector<HTMLElement>('#courses-title')!.focus();
});
