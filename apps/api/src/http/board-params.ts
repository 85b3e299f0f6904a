import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { ID_MESSAGE, ID_PATTERN } from '../application/input/validation';

export class BoardParams {
  @ApiProperty({ example: 'ifon' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  boardId!: string;
}

export class DecisionParams extends BoardParams {
  /** any other string is simply not found (404) */
  @ApiProperty()
  @IsString()
  @MaxLength(100)
  decisionId!: string;
}

export class MeetingParams extends BoardParams {
  @ApiProperty()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  meetingId!: string;
}

export class VersionParams extends BoardParams {
  @ApiProperty()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  versionId!: string;
}
