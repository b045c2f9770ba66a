/** Prints the sample workbooks as JSON, for generate.py to write them the way other programs do. */
import { SAMPLES } from '../../../seeds';

process.stdout.write(JSON.stringify(SAMPLES));
