/**
 * HTTPS options for the dev server on https://localhost:3000.
 * Uses office-addin-dev-certs (installs a trusted development CA where it can: Windows, macOS, Linux with
 * sudo). Where installing is impossible (Linux without sudo, containers), generates the same CA and
 * localhost certificate in ~/.office-addin-dev-certs without trusting it system-wide, and says so.
 */
const fs = require("fs");
const devCerts = require("office-addin-dev-certs");
const defaults = require("office-addin-dev-certs/lib/defaults");
const { generateCertificates } = require("office-addin-dev-certs/lib/generate");

function readCerts() {
  return {
    ca: fs.readFileSync(defaults.caCertificatePath),
    cert: fs.readFileSync(defaults.localhostCertificatePath),
    key: fs.readFileSync(defaults.localhostKeyPath),
  };
}

async function devHttpsOptions() {
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (err) {
    const ok = [
      defaults.caCertificatePath,
      defaults.localhostCertificatePath,
      defaults.localhostKeyPath,
    ].every((f) => fs.existsSync(f));
    if (!ok) await generateCertificates();
    console.warn(
      `Could not install the development certificate authority (${err && err.message ? err.message.split("\n")[0] : err}).\n` +
        `Serving with an untrusted certificate from ${defaults.certificateDirectory}; trust ${defaults.caCertificatePath} ` +
        "in your browser or system to load the add-in from https://localhost:3000."
    );
    return readCerts();
  }
}

module.exports = { devHttpsOptions };
