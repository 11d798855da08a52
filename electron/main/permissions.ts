/**
 * What the page may ask the system for: nothing. A notebook needs no camera, microphone,
 * location, notifications, clipboard reads, MIDI or full screen requests; files come in
 * through the import dialog and drag and drop, which need no permission. Every request and
 * every check is refused, whatever the permission's name, including ones Electron adds later.
 */
export function isPermissionGranted(_permission: unknown): boolean {
  return false;
}

/** For `session.setPermissionRequestHandler`. */
export function answerPermissionRequest(permission: unknown, callback: (granted: boolean) => void): void {
  callback(isPermissionGranted(permission));
}
