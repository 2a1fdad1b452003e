import { createContractTestCommand } from './command.js';

await createContractTestCommand('test:contract').parseAsync(process.argv);
