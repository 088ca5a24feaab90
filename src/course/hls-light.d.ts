// hls.js publishes its light build (`hls.js/light`: no in-manifest subtitles, alternate audio,
// DRM or CMCD) without types of its own; it has the full build's API.
declare module 'hls.js/light' {
  export { default } from 'hls.js';
  export * from 'hls.js';
}
