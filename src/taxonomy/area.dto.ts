import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class AreaChildDto {
  @ApiProperty({ example: 'diagnostics.biomarkers' }) code!: string;
  @ApiProperty({ example: 'diagnostics', nullable: true, type: String }) parentCode!: string | null;
  @ApiProperty({ example: '바이오마커' }) nameKo!: string;
  @ApiProperty({ example: 'Biomarkers' }) nameEn!: string;
  @ApiProperty() position!: number;
  @ApiProperty({ description: 'Number of listings in this area' }) count!: number;
}

export class AreaNodeDto extends AreaChildDto {
  @ApiPropertyOptional({ type: [AreaChildDto] }) children?: AreaChildDto[];
}

export class AreaTreeDto {
  @ApiProperty({ type: [AreaNodeDto] }) items!: AreaNodeDto[];
}
