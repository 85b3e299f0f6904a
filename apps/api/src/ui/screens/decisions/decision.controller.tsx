import {
  Body,
  Controller,
  Get,
  Param,
  Post,
  Query,
  Req,
  Res,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import { DecisionNotFoundError, DomainError, isValidCalendarDate } from '@delegationsbeslut/domain';
import type { Response } from 'express';
import { toApiError } from '../../../application/api-error';
import { Clock } from '../../../application/clock';
import { commandMeta } from '../../../application/command-meta';
import { Public } from '../../../auth/auth.guard';
import { hasRole, maySeeConfidential } from '../../../auth/principal';
import { actingSourceSystemOf } from '../../../decisions/acting-source-system';
import { AmendDecisionCommand } from '../../../decisions/amend-decision/amend-decision.command';
import { AnnulDecisionCommand } from '../../../decisions/annul-decision/annul-decision.command';
import { maskConfidentialEvents } from '../../../decisions/confidential-masking.policy';
import { BoardQueries } from '../../../projections/boards/boards.queries';
import {
  DecisionQueries,
  type DecisionView,
} from '../../../projections/decisions/decisions.queries';
import { DelegationOrderQueries } from '../../../projections/delegation-order/delegation-order.queries';
import { EventLogQueries } from '../../../projections/event-log/event-log.queries';
import { MeetingQueries } from '../../../projections/meetings/meetings.queries';
import { type FieldError, sendPage } from '../../components';
import { MessagePage } from '../../pages/message.page';
import { UiSessions } from '../../session/ui-session.service';
import { UiGuard, UiRoles, type UiRequest } from '../../session/ui.guard';
import { UiExceptionFilter } from '../../ui-exception.filter';
import { ERROR_CODE_TEXTS } from '../../texts';
import { screenPath } from '../../ui-paths';
import { requireBoard } from '../board-screen';
import {
  amendFormFrom,
  amendFormOf,
  amendment,
  annulment,
  commandError,
} from './decision-change.form';
import { AmendPage, AnnulPage } from './decision-change.page';
import {
  type DecisionPageModel,
  bodyNameOf,
  historyRows,
  stepTimelines,
} from './decision-page.view-model';
import { DecisionPage } from './decision.page';

const NOTICES: Readonly<Record<string, string>> = {
  andrat: 'Beslutet är ändrat.',
  oforandrat: 'Inget ändrades: uppgifterna var redan desamma.',
  upphavt: 'Beslutet är upphävt.',
};

type FormBody = Record<string, unknown>;

/** One decision's page, and amend and annul for board-admins (ui.md, screen 4). */
@ApiExcludeController()
@Public()
@UseGuards(UiGuard)
@UseFilters(UiExceptionFilter)
@Controller('namnder/:boardId/beslut/:decisionId')
export class UiDecisionController {
  constructor(
    private readonly sessions: UiSessions,
    private readonly commands: CommandBus,
    private readonly boards: BoardQueries,
    private readonly decisions: DecisionQueries,
    private readonly orders: DelegationOrderQueries,
    private readonly meetings: MeetingQueries,
    private readonly eventLog: EventLogQueries,
    private readonly clock: Clock,
  ) {}

  @Get()
  page(
    @Param('boardId') boardId: string,
    @Param('decisionId') decisionId: string,
    @Query('lage') lage: unknown,
    @Query('klart') done: unknown,
    @Req() request: UiRequest,
    @Res() response: Response,
  ): void {
    const asked = typeof lage === 'string' && lage !== '' ? lage : undefined;
    const lageValid = asked === undefined || isValidCalendarDate(asked);
    const today = lageValid ? this.clock.todayOr(asked) : this.clock.today();
    const model = this.found(response, request, () =>
      this.model(request, boardId, decisionId, today),
    );
    if (!model) return;
    sendPage(
      response,
      lageValid ? 200 : 400,
      <DecisionPage
        user={request.uiUser}
        csrfToken={this.sessions.csrfToken(request)}
        model={model}
        mayChange={hasRole(request.uiUser, ['board-admin'])}
        notice={typeof done === 'string' ? NOTICES[done] : undefined}
        lageError={lageValid ? undefined : ERROR_CODE_TEXTS.INVALID_DATE}
      />,
    );
  }

  @Get('andra')
  @UiRoles('board-admin')
  amendForm(
    @Param('boardId') boardId: string,
    @Param('decisionId') decisionId: string,
    @Req() request: UiRequest,
    @Res() response: Response,
  ): void {
    const view = this.found(response, request, () => this.view(request, boardId, decisionId));
    if (view) this.sendAmend(response, request, view, amendFormOf(view), [], 200);
  }

  @Post('andra')
  @UiRoles('board-admin')
  async amend(
    @Param('boardId') boardId: string,
    @Param('decisionId') decisionId: string,
    @Body() body: FormBody,
    @Req() request: UiRequest,
    @Res() response: Response,
  ): Promise<void> {
    const view = this.found(response, request, () => this.view(request, boardId, decisionId));
    if (!view) return;
    const form = amendFormFrom(body ?? {});
    const maySee = maySeeConfidential(request.uiUser, boardId);
    const asked = await amendment(form, view, maySee);
    if ('errors' in asked) return this.sendAmend(response, request, view, form, asked.errors, 400);
    try {
      const outcome = await this.commands.execute(
        new AmendDecisionCommand({
          boardId,
          decisionId,
          ...asked,
          actingSourceSystem: actingSourceSystemOf(request.uiUser),
          meta: commandMeta(request.uiUser.name),
        }),
      );
      this.backTo(response, boardId, decisionId, outcome.changed ? 'andrat' : 'oforandrat');
    } catch (error) {
      const refused = refusal(error);
      this.sendAmend(response, request, view, form, [commandError(refused)], refused.statusCode);
    }
  }

  @Get('upphav')
  @UiRoles('board-admin')
  annulForm(
    @Param('boardId') boardId: string,
    @Param('decisionId') decisionId: string,
    @Req() request: UiRequest,
    @Res() response: Response,
  ): void {
    const view = this.found(response, request, () => this.view(request, boardId, decisionId));
    if (view) this.sendAnnul(response, request, view, '', [], 200);
  }

  @Post('upphav')
  @UiRoles('board-admin')
  async annul(
    @Param('boardId') boardId: string,
    @Param('decisionId') decisionId: string,
    @Body() body: FormBody,
    @Req() request: UiRequest,
    @Res() response: Response,
  ): Promise<void> {
    const view = this.found(response, request, () => this.view(request, boardId, decisionId));
    if (!view) return;
    const reason = typeof body?.motivering === 'string' ? body.motivering : '';
    const asked = await annulment(body ?? {});
    if ('errors' in asked)
      return this.sendAnnul(response, request, view, reason, asked.errors, 400);
    try {
      await this.commands.execute(
        new AnnulDecisionCommand({
          boardId,
          decisionId,
          reason: asked.reason,
          actingSourceSystem: actingSourceSystemOf(request.uiUser),
          meta: commandMeta(request.uiUser.name),
        }),
      );
      this.backTo(response, boardId, decisionId, 'upphavt');
    } catch (error) {
      const refused = refusal(error);
      this.sendAnnul(response, request, view, reason, [commandError(refused)], refused.statusCode);
    }
  }

  private view(request: UiRequest, boardId: string, decisionId: string): DecisionView {
    requireBoard(this.boards, boardId);
    return this.decisions.get(
      boardId,
      decisionId,
      this.clock.today(),
      maySeeConfidential(request.uiUser, boardId),
    );
  }

  private model(
    request: UiRequest,
    boardId: string,
    decisionId: string,
    today: string,
  ): DecisionPageModel {
    const board = requireBoard(this.boards, boardId);
    const maySee = maySeeConfidential(request.uiUser, boardId);
    const view = this.decisions.get(boardId, decisionId, today, maySee);
    const version =
      view.orderVersionId === null
        ? undefined
        : (this.orders.get(boardId, view.orderVersionId) ??
          this.orders.inForce(boardId, view.decidedAt));
    // masked exactly as GET …/history masks it
    const history = maskConfidentialEvents(
      this.eventLog.decisionHistory(decisionId),
      this.decisions.confidentiality(),
      () => maySee,
    );
    return {
      view,
      board,
      today,
      maySeeConfidential: maySee,
      version,
      item: version?.items.find((i) => i.code === view.itemCode),
      steps: stepTimelines(view, board, (id) => this.meetings.get(boardId, id)),
      history: historyRows(history, bodyNameOf(board), view.confidential && !maySee),
    };
  }

  /** A decision of another board, or none, is the 404 page. */
  private found<T>(response: Response, request: UiRequest, read: () => T): T | undefined {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof DecisionNotFoundError)) throw error;
      sendPage(
        response,
        404,
        <MessagePage
          title="Beslutet finns inte"
          user={request.uiUser}
          csrfToken={this.sessions.csrfToken(request)}
        >
          <p>Det finns inget sådant beslut i nämnden.</p>
        </MessagePage>,
      );
      return undefined;
    }
  }

  private backTo(response: Response, boardId: string, decisionId: string, done: string): void {
    response.redirect(303, `${screenPath(boardId, 'beslut', decisionId)}?klart=${done}`);
  }

  private sendAmend(
    response: Response,
    request: UiRequest,
    view: DecisionView,
    form: ReturnType<typeof amendFormOf>,
    errors: readonly FieldError[],
    status: number,
  ): void {
    const boardId = String(request.params.boardId);
    sendPage(
      response,
      status,
      <AmendPage
        user={request.uiUser}
        csrfToken={this.sessions.csrfToken(request)}
        board={requireBoard(this.boards, boardId)}
        view={view}
        form={form}
        errors={errors}
        maySeeConfidential={maySeeConfidential(request.uiUser, boardId)}
      />,
    );
  }

  private sendAnnul(
    response: Response,
    request: UiRequest,
    view: DecisionView,
    reason: string,
    errors: readonly FieldError[],
    status: number,
  ): void {
    sendPage(
      response,
      status,
      <AnnulPage
        user={request.uiUser}
        csrfToken={this.sessions.csrfToken(request)}
        board={requireBoard(this.boards, String(request.params.boardId))}
        view={view}
        reason={reason}
        errors={errors}
      />,
    );
  }
}

/** A refusal of the command (a domain rule, a concurrent change) is shown; anything else is the error page. */
function refusal(error: unknown) {
  const apiError = toApiError(error);
  if (
    !(error instanceof DomainError) &&
    apiError.statusCode >= 500 &&
    apiError.code === undefined
  ) {
    throw error;
  }
  return apiError;
}
