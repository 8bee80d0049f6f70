// Hardhat 3 configuration. The compiler is the npm `solc` package's soljson.js, so building never
// downloads anything; keep `version` equal to the `solc` version pinned in package.json.
import { createRequire } from "node:module";
import { defineConfig } from "hardhat/config";

const require = createRequire(import.meta.url);
const solcVersion = require("solc/package.json").version;

export default defineConfig({
  solidity: {
    compilers: [
      {
        version: solcVersion,
        path: require.resolve("solc/soljson.js"),
        settings: {
          optimizer: { enabled: true, runs: 200 },
          evmVersion: "cancun",
        },
      },
    ],
    // The Escrow runs on every sale: compiled for cheap calls rather than small code.
    overrides: {
      "contracts/Escrow.sol": {
        version: solcVersion,
        path: require.resolve("solc/soljson.js"),
        settings: { optimizer: { enabled: true, runs: 100000 }, viaIR: true, evmVersion: "cancun" },
      },
    },
  },
  paths: {
    sources: "./contracts",
    tests: { solidity: "./contracts" },
  },
  test: {
    solidity: {
      fuzz: { runs: 256 },
    },
  },
});
