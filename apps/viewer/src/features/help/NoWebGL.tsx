/** Shown instead of the viewports when the browser cannot create a WebGL2 context. */
export function NoWebGL() {
  return (
    <div className="no-webgl" role="alert" data-testid="no-webgl">
      <h2>WebGL 2 is not available</h2>
      <p>
        Caliper draws images with WebGL 2, which this browser has turned off or cannot provide (no GPU, or hardware
        acceleration disabled). Studies can still be listed and their problems reported, but not displayed.
      </p>
      <p>Turn on hardware acceleration (browser settings → System) or use a current Chrome, Edge, Firefox or Safari, then reload.</p>
    </div>
  );
}
