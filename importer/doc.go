// Package importer turns files and web pages into briefs: library Markdown,
// plain text, HTML articles (a saved PISM publication page or any article
// page) and RSS or Atom feeds. It has no user interface.
//
// Every brief it returns passes the same checks as content.Parse: it is
// rendered to the library's Markdown format and parsed back, so a brief that
// the storage layer writes out and reads in again comes back unchanged.
//
// An import is all or nothing: on an error no brief is returned, and every
// error about the input is an *Error whose Kind tells the app which message
// to show.
package importer
