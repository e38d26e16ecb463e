/**
 * The content editor's screens for the decks: find and filter cards, edit one in five languages with
 * a live preview and the checker's warnings, import and export decks, review marks. Part of the cards
 * feature: the rules and the writing of deck files live in {@code cards.DeckEditor}; this package is
 * the workplace on top of them.
 */
package nl.buurtkaarten.cards.editor;
