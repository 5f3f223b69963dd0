/** Runs once per server process before requests are handled (Next's instrumentation hook). */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { stampClientAddresses } = await import('./lib/server/client-address');
    stampClientAddresses();
  }
}
