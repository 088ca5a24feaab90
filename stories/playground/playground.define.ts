import { defineOnce } from '../../src/core/define.js';
import { ThemePlayground } from './playground.js';

defineOnce('sl-theme-playground', ThemePlayground);

declare global {
  interface HTMLElementTagNameMap {
    'sl-theme-playground': ThemePlayground;
  }
}
