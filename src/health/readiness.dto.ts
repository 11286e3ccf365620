import { ApiProperty } from '@nestjs/swagger';

class DependencyCheckDto {
  @ApiProperty({ enum: ['up', 'down'] }) status!: 'up' | 'down';
}

class OutboxCheckDto {
  @ApiProperty({ enum: ['up', 'degraded', 'unknown'] }) status!: 'up' | 'degraded' | 'unknown';
  @ApiProperty({ type: 'integer', nullable: true, description: 'Rows waiting to be relayed' })
  pending!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Age of the oldest waiting row' })
  oldestSeconds!: number | null;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'Rows the receiver rejected on every attempt, not resolved since',
  })
  dead!: number | null;
}

class IndexCheckDto {
  @ApiProperty({ enum: ['up', 'degraded'] }) status!: 'up' | 'degraded';
  @ApiProperty({ type: 'integer', description: 'Published listings missing from the index' })
  missing!: number;
  @ApiProperty({ type: 'integer', description: 'Listings indexed with an older or other version' })
  stale!: number;
  @ApiProperty({ type: 'integer', description: 'Indexed listings that are not published' })
  extra!: number;
  @ApiProperty({
    type: 'string',
    format: 'date-time',
    nullable: true,
    description: 'When the reconciler last compared the index with Postgres',
  })
  checkedAt!: string | null;
}

class ReadinessChecksDto {
  @ApiProperty() postgres!: DependencyCheckDto;
  @ApiProperty() meilisearch!: DependencyCheckDto;
  @ApiProperty() outbox!: OutboxCheckDto;
  @ApiProperty() index!: IndexCheckDto;
}

export class ReadinessDto {
  @ApiProperty({ enum: ['ok', 'degraded', 'down'] }) status!: 'ok' | 'degraded' | 'down';
  @ApiProperty() checks!: ReadinessChecksDto;
}
