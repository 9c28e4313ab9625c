// Command pismreader is an accessible reader for the briefs of the Polish
// Institute of International Affairs: a window by default, plain text on
// the command line.
package main

import (
	"os"

	"pismreader/app"
	"pismreader/cli"
)

func main() {
	o, err := cli.Parse(os.Args[1:], os.Getenv)
	switch {
	case err != nil:
		os.Exit(cli.Fail(err, o.Lang, os.Stderr))
	case o.Command == "gui":
		os.Exit(app.Run(o))
	default:
		os.Exit(cli.Run(o, os.Stdout, os.Stderr))
	}
}
