'use strict';
// See index.d.ts.
