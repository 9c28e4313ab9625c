package speech

import (
	"os/exec"
	"syscall"
)

// createNoWindow keeps PowerShell from flashing a console window over the app.
const createNoWindow = 0x08000000

func hideWindow(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{CreationFlags: createNoWindow, HideWindow: true}
}
