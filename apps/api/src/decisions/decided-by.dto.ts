import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

/** Who took the decision, as a source system states it (record and amend alike). */
export class DecidedByDto {
  @ApiProperty({ example: 'Anna Andersson' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({
    example: 'socialsekreterare',
    description: "matched against the item's delegates",
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  role!: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  id?: string | null;
}
