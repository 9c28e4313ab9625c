// Package speech reads text aloud and writes it to WAV files, for the reader's
// "read aloud" and "save as audio" features. It has no UI and uses only the
// standard library.
//
// An Engine speaks a list of sentences and reports, through a callback, when
// each one starts, so the app can highlight it. The engines are:
//
//   - speech-dispatcher on Linux and BSD, spoken to directly in SSIP over its
//     Unix socket (no cgo, no spd-say), with an SSML index mark per sentence;
//   - espeak-ng (or espeak), one process per sentence;
//   - say on macOS, one process per sentence;
//   - SAPI on Windows, one PowerShell process fed sentences on stdin.
//
// Text is never passed through a shell or interpolated into a script. Every
// engine stops within about 100 ms when its context is cancelled, and reports a
// dead or misbehaving engine as an error wrapping ErrEngineFailed; each wait has
// a watchdog sized generously to the text, so nothing hangs forever.
//
// Available, Choose and RecorderFor find engines on a System (Host for the real
// machine); when none is installed they return a *MissingError naming what to
// install. A Recorder writes one RIFF/WAVE PCM stream; WAVDuration checks one.
//
// Player drives an Engine for the app: play, pause, resume, stop and rate
// changes, with progress reported as Events in order from one goroutine. Its
// methods never wait for the engine.
//
// Sentences splits text into sentence Spans with per-language rules (English,
// Polish, Russian) that keep abbreviations, initials and numbers together.
package speech
