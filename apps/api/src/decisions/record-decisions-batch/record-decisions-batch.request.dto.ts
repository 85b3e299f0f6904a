import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray } from 'class-validator';
import { RecordDecisionDto } from '../record-decision/record-decision.request.dto';

/** Items are validated one by one in the batch, so one bad item is rejected alone. */
export class BatchDto {
  @ApiProperty({ type: [RecordDecisionDto], maxItems: 1000 })
  @IsArray()
  @ArrayMaxSize(1000)
  decisions!: unknown[];
}
