import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { BODY_KINDS, type BodyKind } from '@delegationsbeslut/domain';
import { ID_MESSAGE, ID_PATTERN } from '../../application/input/validation';

export class BodyDto {
  @ApiProperty({ example: 'socialt-utskott' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  bodyId!: string;

  @ApiProperty({ example: 'Socialt utskott' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: BODY_KINDS })
  @IsIn(BODY_KINDS)
  kind!: BodyKind;
}

export class DefineBoardDto {
  @ApiProperty({ example: 'Individ- och familjeomsorgsnämnden' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ type: [BodyDto], description: 'exactly one of kind board' })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => BodyDto)
  bodies!: BodyDto[];
}
