/** The ownership marker, as the Office.js adapter uses it: the shared layout and comparison. */
export { entryFor, markerRows, parseBasis, parseMarker, splitEntries, type MarkerEntry, type MarkerSplit } from '../shared/marker';
