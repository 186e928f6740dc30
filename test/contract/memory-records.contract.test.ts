import { memoryRecords } from '../../fulfillment/records/records';
import { describeRecordsContract } from './records.contract';

describeRecordsContract('memory', async () => ({ records: memoryRecords() }));
