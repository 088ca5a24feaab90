// For `tsc`, which cannot read .vue files (vue-tsc reads the real ones).
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
