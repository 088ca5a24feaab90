import '../helpers/readable-failures.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/provider/provider.define.js';
import '../../src/course/course.define.js';
import type { SeoulLearnCourse } from '../../src/course/course.js';
import { LocalDemoDataSource } from '../../src/data/demo/demo-data-source.js';
import type { DataSource } from '../../src/data/types.js';
import type { SeoulLearnProvider } from '../../src/provider/provider.js';
import { SeoulLearnElement } from '../../src/core/base-element.js';
import { defineOnce } from '../../src/core/define.js';
import {
  DEFAULT_REGION,
  REGION_LOADERS,
  REGION_OVERRIDES,
  decodeRegion,
  type EncodedRegion,
  type Region,
} from '../../src/themes/generated/tokens.js';
import { computedToken } from '../helpers/probe-element.js';
import { captureWarnings } from '../helpers/warnings.js';

// This page must not import the public themes API (../../src/themes/index.js): it loads every
// region at once, and these tests are about elements loading one region at a time.

const PRIMARY = '--seoul-learn-color-primary';
/** A region's primary colour, from its module (import it only once the element under test has). */
const primaryOf = async (region: Region) => {
  const { default: encoded }: { default: EncodedRegion } = await REGION_LOADERS[region]!();
  return decodeRegion(encoded).normal[PRIMARY]!.toLowerCase();
};
const SEOUL_PRIMARY = '#256ef4';

/** Records the primary colour the element's theme gives it each time it renders. */
class FirstPaintProbe extends SeoulLearnElement {
  painted: string[] = [];
  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this.painted.push(computedToken(this, PRIMARY));
  }
}
defineOnce('sl-first-paint-probe', FirstPaintProbe);

/** Region modules the page has requested since `since` (a `performance.now()` reading). */
const regionRequests = (since: number) =>
  performance
    .getEntriesByType('resource')
    .filter((entry) => entry.startTime >= since)
    .map((entry) => /\/generated\/regions\/([\w-]+)\.[jt]s/.exec(entry.name)?.[1])
    .filter(Boolean);

describe('region themes load one at a time', () => {
  it('every element carries the default region only; the others are modules of their own', () => {
    expect(DEFAULT_REGION).to.equal('seoul');
    expect(Object.keys(REGION_OVERRIDES)).to.deep.equal(['seoul']);
    expect(Object.keys(REGION_LOADERS)).to.include.members(['chungbuk', 'pyeongchang', 'gimpo', 'incheon', 'taebaek']);
    expect(REGION_LOADERS.seoul).to.equal(undefined);
  });

  it('a page that shows the default region requests no other region', async () => {
    const since = performance.now();
    const el = await fixture<FirstPaintProbe>(html`<sl-first-paint-probe></sl-first-paint-probe>`);
    expect(el.painted).to.deep.equal([SEOUL_PRIMARY]);
    expect(regionRequests(since)).to.deep.equal([]);
  });

  it("an element in another region renders in that region's colours from its first paint", async () => {
    const since = performance.now();
    const el = await fixture<FirstPaintProbe>(html`<sl-first-paint-probe region="gimpo"></sl-first-paint-probe>`);
    expect(el.painted, 'never painted in the default colours first').to.deep.equal([await primaryOf('gimpo')]);
    expect(regionRequests(since)).to.deep.equal(['gimpo']);
  });

  it("elements inside a provider wait for the provider's region too, and it loads once", async () => {
    const since = performance.now();
    const provider = await fixture<SeoulLearnProvider>(html`
      <seoul-learn-provider region="incheon">
        <sl-first-paint-probe></sl-first-paint-probe>
        <sl-first-paint-probe region="incheon"></sl-first-paint-probe>
      </seoul-learn-provider>
    `);
    const probes = [...provider.querySelectorAll<FirstPaintProbe>('sl-first-paint-probe')];
    await Promise.all(probes.map((p) => p.updateComplete));
    const incheon = await primaryOf('incheon');
    expect(computedToken(provider, PRIMARY)).to.equal(incheon);
    for (const probe of probes) expect(probe.painted).to.deep.equal([incheon]);
    expect(regionRequests(since)).to.deep.equal(['incheon']);
  });

  it('switching region at run time loads the new one before the next paint', async () => {
    const el = await fixture<FirstPaintProbe>(html`<sl-first-paint-probe></sl-first-paint-probe>`);
    el.region = 'pyeongchang';
    await el.updateComplete;
    expect(el.painted).to.deep.equal([SEOUL_PRIMARY, await primaryOf('pyeongchang')]);
  });

  it('a region that cannot load keeps the default look with one warning, and loads at the next update', async () => {
    const region: Region = 'taebaek';
    const real = REGION_LOADERS[region]!;
    REGION_LOADERS[region] = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const warnings = captureWarnings();
    let el: FirstPaintProbe;
    try {
      el = await fixture<FirstPaintProbe>(html`<sl-first-paint-probe region="taebaek"></sl-first-paint-probe>`);
    } finally {
      warnings.restore();
      REGION_LOADERS[region] = real;
    }
    expect(el.painted).to.deep.equal([SEOUL_PRIMARY]);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('"taebaek" theme could not be loaded').and.to.contain('"seoul"');
    el.requestUpdate();
    await el.updateComplete;
    expect(el.painted).to.deep.equal([SEOUL_PRIMARY, await primaryOf('taebaek')]);
  });

  it("an element starts reading its data at connect, while its region's theme is still loading", async () => {
    const region: Region = 'gimpo';
    const real = REGION_LOADERS[region]!;
    const loaded = REGION_OVERRIDES[region];
    delete REGION_OVERRIDES[region];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    REGION_LOADERS[region] = () => held.then(real);
    const asked: string[] = [];
    const inner = new LocalDemoDataSource({ storage: 'memory' });
    const source = new Proxy(inner, {
      get: (target, name, receiver) => {
        const value = Reflect.get(target, name, receiver);
        return typeof value === 'function'
          ? (...args: unknown[]) => (asked.push(String(name)), value.apply(target, args))
          : value;
      },
    }) as DataSource;
    try {
      const el = document.createElement('seoul-learn-course') as SeoulLearnCourse;
      el.setAttribute('region', region);
      el.setAttribute('course-id', 'elem-math-fractions');
      el.dataSource = source;
      document.body.append(el);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(el.hasUpdated, 'no render before the theme').to.equal(false);
      expect(asked).to.include.members(['getCourse', 'getCourseProgress']);
      release();
      await el.updateComplete;
      expect(computedToken(el, PRIMARY)).to.equal(await primaryOf(region));
      el.remove();
    } finally {
      release();
      REGION_LOADERS[region] = real;
      if (loaded) REGION_OVERRIDES[region] ??= loaded;
    }
  });

  it("a token document under a built-in region's id does not take that region's place before it loads", async () => {
    const region: Region = 'chungbuk';
    expect(REGION_OVERRIDES[region], 'not loaded yet').to.equal(undefined);
    const doc = await (await fetch('/test/provider/fixtures/suwon.json')).json();
    doc.$extensions['kr.seoul-learn'].id = region;
    const provider = await fixture<SeoulLearnProvider>(html`
      <seoul-learn-provider .tokens=${doc}><sl-first-paint-probe></sl-first-paint-probe></seoul-learn-provider>
    `);
    await waitUntil(() => provider.documentRegion !== undefined, 'the document registered');
    expect(provider.documentRegion).to.equal('chungbuk~2');
    const alone = await fixture<FirstPaintProbe>(html`<sl-first-paint-probe region="chungbuk"></sl-first-paint-probe>`);
    expect(alone.painted).to.deep.equal([await primaryOf('chungbuk')]);
  });
});
