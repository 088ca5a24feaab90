import { defineOnce } from '../../src/core/define.js';
import { ThemeGallery } from './theme-gallery.js';

defineOnce('sl-theme-gallery', ThemeGallery);

declare global {
  interface HTMLElementTagNameMap {
    'sl-theme-gallery': ThemeGallery;
  }
}
