import { Controller, Get, NotFoundException, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../auth/auth.guard';
import { UiGuard } from './session/ui.guard';
import { UiExceptionFilter } from './ui-exception.filter';

/**
 * Any other address under /namnder answers the Swedish "Sidan finns inte"
 * page (after sign-in and the board check) instead of the API's JSON 404.
 * Registered after every screen's controller (last in SESSION_CONTROLLERS).
 */
@ApiExcludeController()
@Public()
@UseGuards(UiGuard)
@UseFilters(UiExceptionFilter)
@Controller('namnder')
export class UiNotFoundController {
  @Get(':boardId/*rest')
  notFound(): never {
    throw new NotFoundException();
  }
}
