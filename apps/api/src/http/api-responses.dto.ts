/**
 * Response shapes of api.md, for the OpenAPI document only (the controllers
 * return the read models' plain objects). Field names are the contract's.
 */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BODY_KINDS, DECISION_STATUSES, FLAGS, REPORTING_RULES } from '@delegationsbeslut/domain';

export class ApiErrorDto {
  @ApiProperty({ example: 400 }) statusCode!: number;
  @ApiProperty({ example: 'Bad Request' }) error!: string;
  @ApiProperty() message!: string;
  @ApiProperty({ type: [String] }) details!: string[];
  @ApiPropertyOptional({ description: 'stable code of a domain error, e.g. DECISION_CONFLICT' })
  code?: string;
}

export class BodyViewDto {
  @ApiProperty() bodyId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: BODY_KINDS }) kind!: string;
}

export class BoardViewDto {
  @ApiProperty() boardId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [BodyViewDto] }) bodies!: BodyViewDto[];
}

export class ReportingStepDto {
  @ApiProperty() bodyId!: string;
  @ApiProperty({ nullable: true, description: 'null while an earlier step is unreported' })
  readyOn!: string | null;
  @ApiProperty({ nullable: true }) dueMeetingId!: string | null;
  @ApiProperty({ nullable: true }) dueDate!: string | null;
  @ApiProperty({ nullable: true }) reportedAtMeetingId!: string | null;
  @ApiProperty({ nullable: true }) reportedOn!: string | null;
  @ApiProperty({ description: 'reported at a meeting dated after the due meeting' }) late!: boolean;
  @ApiProperty({
    nullable: true,
    type: String,
    description: "the minutes' paragraph given with the report, e.g. § 123",
  })
  minutesParagraph!: string | null;
}

export class ReportingDto {
  @ApiProperty({ enum: REPORTING_RULES }) mode!: string;
  @ApiProperty({ type: [String] }) route!: string[];
  @ApiProperty({ type: [ReportingStepDto] }) steps!: ReportingStepDto[];
}

export class DecidedByViewDto {
  @ApiProperty({ example: 'Anna Andersson' }) name!: string;
  @ApiProperty({ example: 'socialsekreterare' }) role!: string;
  @ApiProperty({ nullable: true, type: String }) id!: string | null;
}

export class DecisionViewDto {
  @ApiProperty() decisionId!: string;
  @ApiProperty() externalId!: string;
  @ApiProperty() sourceSystem!: string;
  @ApiProperty() itemCode!: string;
  @ApiProperty() decidedAt!: string;
  @ApiProperty({ type: DecidedByViewDto }) decidedBy!: DecidedByViewDto;
  @ApiProperty({
    nullable: true,
    description: 'null for a confidential decision unless the token names the board',
  })
  caseRef!: string | null;
  @ApiProperty({ nullable: true }) summary!: string | null;
  @ApiProperty() confidential!: boolean;
  @ApiProperty({ nullable: true }) amount!: number | null;
  @ApiProperty() urgent!: boolean;
  @ApiProperty() registeredAt!: string;
  @ApiProperty({ description: 'when this product first recorded it (ISO-8601)' })
  recordedAt!: string;
  @ApiProperty({ nullable: true, description: 'the version in force on decidedAt' })
  orderVersionId!: string | null;
  @ApiProperty({ type: ReportingDto }) reporting!: ReportingDto;
  @ApiProperty({ enum: DECISION_STATUSES }) status!: string;
  @ApiProperty({ enum: FLAGS, isArray: true }) flags!: string[];
}

export class DecisionPageDto {
  @ApiProperty({ type: [DecisionViewDto] }) items!: DecisionViewDto[];
  @ApiProperty({ nullable: true }) nextCursor!: string | null;
}

export class BatchResultDto {
  @ApiProperty({ nullable: true }) externalId!: string | null;
  @ApiProperty({ enum: ['created', 'unchanged', 'rejected'] }) status!: string;
  @ApiPropertyOptional() decisionId?: string;
  @ApiPropertyOptional({ description: '"CODE: message" or the validation message' }) error?: string;
}

export class BatchResponseDto {
  @ApiProperty({ type: [BatchResultDto] }) results!: BatchResultDto[];
}

export class HistoryEventDto {
  @ApiProperty() position!: number;
  @ApiProperty() type!: string;
  @ApiProperty() recordedAt!: string;
  @ApiProperty({ nullable: true }) actor!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: Record<string, unknown>;
}

export class HistoryDto {
  @ApiProperty({ type: [HistoryEventDto] }) events!: HistoryEventDto[];
}

export class AuditEventDto extends HistoryEventDto {
  @ApiProperty() streamId!: string;
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEventDto] }) events!: AuditEventDto[];
  @ApiProperty({ description: 'fromPosition of the next page' }) nextPosition!: number;
}

export class MeetingViewDto {
  @ApiProperty() meetingId!: string;
  @ApiProperty() bodyId!: string;
  @ApiProperty() date!: string;
  @ApiProperty() listCutoff!: string;
  @ApiProperty() receivesReports!: boolean;
  @ApiProperty() cancelled!: boolean;
  @ApiProperty({ nullable: true }) cancelReason!: string | null;
  @ApiProperty() reportedCount!: number;
}

export class MeetingListDto {
  @ApiProperty({ type: [MeetingViewDto] }) meetings!: MeetingViewDto[];
}

export class ReportingListDto {
  @ApiProperty({ type: MeetingViewDto }) meeting!: MeetingViewDto;
  @ApiProperty({ type: [DecisionViewDto] }) items!: DecisionViewDto[];
}

export class ReportRejectionDto {
  @ApiProperty() decisionId!: string;
  @ApiProperty({ description: '"CODE: message", e.g. WRONG_BODY' }) error!: string;
}

export class ReportResultDto {
  @ApiProperty({ type: [String] }) reported!: string[];
  @ApiProperty({ type: [ReportRejectionDto] }) rejected!: ReportRejectionDto[];
}

export class DelegationOrderItemViewDto {
  @ApiProperty({ example: '3.7.2' }) code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true, type: String }) legalBasis!: string | null;
  @ApiProperty({ type: [String] }) delegates!: string[];
  @ApiProperty({ enum: REPORTING_RULES }) reporting!: string;
  @ApiProperty({ nullable: true, type: [String] }) route!: string[] | null;
  @ApiProperty({ nullable: true, type: Number }) maxAmount!: number | null;
}

export class WithdrawResultDto {
  @ApiProperty({ type: [String] }) withdrawn!: string[];
  @ApiProperty({
    type: [ReportRejectionDto],
    description:
      'NOT_REPORTED_AT_MEETING, LATER_STEP_REPORTED (withdraw that one first) or UNKNOWN_DECISION',
  })
  rejected!: ReportRejectionDto[];
}

export class FieldChangeDto {
  @ApiProperty({ description: 'the value in the earlier version (any JSON)' }) from!: unknown;
  @ApiProperty({ description: 'the value in the later version (any JSON)' }) to!: unknown;
}

export class RouteChangeDto {
  @ApiProperty({ type: [String] }) from!: string[];
  @ApiProperty({ type: [String] }) to!: string[];
}

export class ItemChangeDto {
  @ApiProperty() code!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/FieldChangeDto' },
    description: 'per changed field (title, legalBasis, delegates, reporting, route, maxAmount)',
  })
  fields!: Record<string, FieldChangeDto>;
}

export class ItemChangesDto {
  @ApiProperty({ type: [DelegationOrderItemViewDto] }) added!: DelegationOrderItemViewDto[];
  @ApiProperty({ type: [DelegationOrderItemViewDto] }) removed!: DelegationOrderItemViewDto[];
  @ApiProperty({ type: [ItemChangeDto] }) changed!: ItemChangeDto[];
}

export class VersionComparisonDto {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ type: RouteChangeDto }) defaultRoute!: RouteChangeDto;
  @ApiProperty({ type: ItemChangesDto }) items!: ItemChangesDto;
}

export class QueueItemDto {
  @ApiProperty() decisionId!: string;
  @ApiProperty() externalId!: string;
  @ApiProperty() itemCode!: string;
  @ApiProperty() decidedAt!: string;
  @ApiProperty() bodyId!: string;
  @ApiProperty({ nullable: true }) dueMeetingId!: string | null;
  @ApiProperty({ nullable: true }) dueDate!: string | null;
  @ApiProperty({ enum: ['pending', 'overdue'] }) status!: string;
  @ApiProperty({ enum: FLAGS, isArray: true }) flags!: string[];
}

export class QueueCountsDto {
  @ApiProperty() pending!: number;
  @ApiProperty() overdue!: number;
}

export class QueueDto {
  @ApiProperty() today!: string;
  @ApiProperty({ type: [QueueItemDto] }) items!: QueueItemDto[];
  @ApiProperty({ type: QueueCountsDto }) counts!: QueueCountsDto;
}

export class VersionSummaryDto {
  @ApiProperty() versionId!: string;
  @ApiProperty() effectiveFrom!: string;
  @ApiProperty({ nullable: true }) adoptedRef!: string | null;
  @ApiProperty() itemCount!: number;
}

export class VersionListDto {
  @ApiProperty({ type: [VersionSummaryDto] }) versions!: VersionSummaryDto[];
}
